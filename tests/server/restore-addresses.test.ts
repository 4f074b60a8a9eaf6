/** Restoring the record of published addresses from the live site (the GitHub workflow's step). */
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emptyRecord, updateRecord } from '../../src/lib/address-record.ts';
import { restoreRecord } from '../../src/site/addresses/restore.ts';

let server: Server;
let origin: string;
let dir: string;
/** What the fake site answers for /adresser.json. */
let answer: { status: number; body: string };

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ks-restore-'));
	server = createServer((req, res) => {
		if (req.url !== '/adresser.json') return void res.writeHead(404).end();
		res.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(answer.body);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
	await new Promise((done) => server.close(done));
	await rm(dir, { recursive: true, force: true });
});

describe('restoreRecord', () => {
	const record = updateRecord(
		emptyRecord(),
		[{ key: 'post-a', kind: 'page', path: '/nyheter/a/' }],
		new Date('2026-12-01T10:00:00Z'),
	);

	test('writes the live record to the record file', async () => {
		answer = { status: 200, body: JSON.stringify(record) };
		const file = join(dir, 'reports', 'urls.json');
		expect(await restoreRecord(`${origin}/`, file)).toEqual({ restored: true, entries: 1 });
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(record);
	});

	test('a site without one yet (404): nothing to restore, the build starts a record', async () => {
		answer = { status: 404, body: '' };
		expect(await restoreRecord(origin, join(dir, 'ny.json'))).toEqual({ restored: false });
	});

	test.each([
		[{ status: 503, body: 'nede' }, /HTTP 503/],
		[{ status: 200, body: '<html>' }, /er ikke en adresseliste/],
	])('refuses %j rather than build without the record', async (reply, message) => {
		answer = reply;
		await expect(restoreRecord(origin, join(dir, 'x.json'))).rejects.toThrow(message);
	});
});
