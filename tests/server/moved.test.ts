/** Old addresses on the publish server: 301 to the current address, 410 «Saken er fjernet». */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { movedAnswer } from '../../server/http/moved.ts';
import { staticFiles } from '../../server/http/static-files.ts';
import { emptyRecord, updateRecord } from '../../src/lib/address-record.ts';

let dir: string;
let app: Hono;

/** A build folder with a record: post-a moved from /nyheter/gammel/, post-b removed, a file moved. */
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ks-moved-'));
	const first = updateRecord(
		emptyRecord(),
		[
			{ key: 'post-a', kind: 'page', path: '/nyheter/gammel/' },
			{ key: 'post-b', kind: 'page', path: '/nyheter/b/' },
			{
				key: 'post-a#k',
				kind: 'file',
				path: '/vedlegg/k/mal.docx',
				previous: ['/vedlegg/1111/mal.docx'],
			},
		],
		new Date('2026-12-01T10:00:00Z'),
	);
	const record = updateRecord(
		first,
		[
			{ key: 'post-a', kind: 'page', path: '/nyheter/ny/' },
			{ key: 'post-a#k', kind: 'file', path: '/vedlegg/k/mal-v2.docx' },
		],
		new Date('2026-12-02T10:00:00Z'),
	);
	const write = async (path: string, text: string) => {
		await mkdir(join(dir, path, '..'), { recursive: true });
		await writeFile(join(dir, path), text);
	};
	await write('adresser.json', JSON.stringify(record));
	await write('nyheter/ny/index.html', '<h1>Ny</h1>');
	await write('nyheter/gammel/index.html', '<meta http-equiv="refresh">');
	await write('nyheter/b/index.html', '<h1>Saken er fjernet</h1>');
	await write('fjernet/index.html', '<h1>Saken er fjernet</h1>');
	await write('404.html', '<h1>Fant ikke siden</h1>');
	app = new Hono().get('*', staticFiles(dir));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the publish server and old addresses', () => {
	test.each([
		['/nyheter/gammel/', '/nyheter/ny/'],
		['/nyheter/gammel', '/nyheter/ny/'],
		['/nyheter/gammel/?utm_source=epost', '/nyheter/ny/?utm_source=epost'],
		['/vedlegg/1111/mal.docx', '/vedlegg/k/mal-v2.docx'],
		['/vedlegg/k/mal.docx', '/vedlegg/k/mal-v2.docx'],
	])('%s answers 301 → %s', async (from, to) => {
		const response = await app.request(from);
		expect([response.status, response.headers.get('location')]).toEqual([301, to]);
	});

	test('a removed post answers 410 with «Saken er fjernet», not a bare 404', async () => {
		const response = await app.request('/nyheter/b/');
		expect(response.status).toBe(410);
		expect(await response.text()).toContain('Saken er fjernet');
		expect(response.headers.get('cache-control')).toBe('no-cache');
	});

	test('live pages and unknown addresses are served as before', async () => {
		expect((await app.request('/nyheter/ny/')).status).toBe(200);
		expect((await app.request('/nyheter/finnes-ikke/')).status).toBe(404);
	});

	test('a build without a record answers nothing from it', async () => {
		expect(await movedAnswer(join(dir, 'nyheter'), '/nyheter/gammel/')).toBeUndefined();
	});
});
