/** What old addresses answer in a build folder: redirect pages, copies, «Saken er fjernet». */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { emptyRecord, updateRecord } from '../../../../src/lib/address-record.ts';
import { publishOldAddresses } from '../../../../src/site/addresses/publish.ts';

let dir: string;
const write = async (path: string, text: string) => {
	await mkdir(join(dir, path, '..'), { recursive: true });
	await writeFile(join(dir, path), text);
};
const read = (path: string) => readFile(join(dir, path), 'utf8');
const SITE = { url: 'https://trondelag.example.no', title: 'KS Trøndelag' };

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ks-old-addresses-'));
	await write('fjernet/index.html', '<h1>Saken er fjernet</h1>');
	await write('nyheter/ny/index.html', '<h1>Ny</h1>');
	await write('nyheter/tatt/index.html', '<h1>En annen sak bruker adressen nå</h1>');
	await write('vedlegg/k/mal-v2.pdf', '%PDF-2');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('publishOldAddresses', () => {
	const before = updateRecord(
		emptyRecord(),
		[
			{ key: 'a', kind: 'page', path: '/nyheter/gammel/' },
			{ key: 'b', kind: 'page', path: '/nyheter/borte/' },
			{ key: 'c', kind: 'page', path: '/nyheter/tatt/' },
			{ key: 'a#k', kind: 'file', path: '/vedlegg/k/mal.pdf' },
		],
		new Date('2026-12-01T10:00:00Z'),
	);
	const record = updateRecord(
		before,
		[
			{ key: 'a', kind: 'page', path: '/nyheter/ny/' },
			{ key: 'c', kind: 'page', path: '/nyheter/c2/' },
			{ key: 'a#k', kind: 'file', path: '/vedlegg/k/mal-v2.pdf' },
		],
		new Date('2026-12-02T10:00:00Z'),
	);

	test('writes a redirect page, a copy of the moved file and «Saken er fjernet»', async () => {
		expect(await publishOldAddresses(dir, record, SITE)).toEqual({ moved: 2, gone: 1 });
		expect(await read('nyheter/gammel/index.html')).toContain(
			'content="0; url=https://trondelag.example.no/nyheter/ny/"',
		);
		expect(await read('vedlegg/k/mal.pdf')).toBe('%PDF-2');
		expect(await read('nyheter/borte/index.html')).toBe('<h1>Saken er fjernet</h1>');
		expect(await read('_redirects')).toContain('/nyheter/gammel/ /nyheter/ny/ 301');
		expect(JSON.parse(await read('adresser.json'))).toEqual(record);
	});

	test('never overwrites a page the build wrote (an old address another post now has)', async () => {
		// c moved away from /nyheter/tatt/, but the build wrote a page there: that page stays.
		await publishOldAddresses(dir, record, SITE);
		expect(await read('nyheter/tatt/index.html')).toBe('<h1>En annen sak bruker adressen nå</h1>');
	});
});
