import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sniffDocument } from '../../../src/sanity/file-type.ts';
import { storedZip } from '../../../scripts/lib/zip.ts';

let dir = '';
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ks-sniff-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const file = async (name: string, data: string | Buffer) => {
	const path = join(dir, name);
	await writeFile(path, data);
	return path;
};
const ooxml = (part: string) =>
	storedZip([
		['[Content_Types].xml', '<Types/>'],
		[part, '<x/>'],
	]);

describe('sniffDocument', () => {
	test.each([
		{ name: 'a PDF', data: '%PDF-1.7\n…', type: 'pdf' },
		{ name: 'a PDF with junk before the header', data: '\r\n\r\n%PDF-1.4\n', type: 'pdf' },
		{ name: 'a docx', data: ooxml('word/document.xml'), type: 'docx' },
		{ name: 'an xlsx', data: ooxml('xl/workbook.xml'), type: 'xlsx' },
		{ name: 'a pptx', data: ooxml('ppt/presentation.xml'), type: 'pptx' },
		{
			name: 'an odt',
			data: storedZip([
				['mimetype', 'application/vnd.oasis.opendocument.text'],
				['content.xml', '<office:document-content/>'],
			]),
			type: 'odt',
		},
	])('recognises $name by its content', async ({ name, data, type }) => {
		expect(await sniffDocument(await file(`${name}.bin`, data))).toMatchObject({ ok: true, type });
	});

	test.each([
		{
			name: 'innkalling.html',
			data: '<!DOCTYPE html><script>alert(document.domain)</script>',
			what: 'HTML',
		},
		{ name: 'referat.pdf', data: '\uFEFF  <html><body onload=alert(1)>', what: 'HTML' },
		{
			name: 'logo.svg',
			data: '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>',
			what: 'SVG',
		},
		{ name: 'data.xml', data: '<?xml version="1.0"?><root/>', what: 'XML' },
		{ name: 'run.sh', data: '#!/bin/sh\nrm -rf /', what: 'skript' },
		{ name: 'arkiv.zip', data: storedZip([['a.txt', 'a']]), what: 'ZIP-arkiv' },
		{
			name: 'odp.odt',
			data: storedZip([['mimetype', 'application/vnd.oasis.opendocument.presentation']]),
			what: 'ZIP-arkiv',
		},
		{ name: 'tom.pdf', data: '', what: 'ukjent filtype' },
	])('refuses $name ($what), whatever its name says', async ({ name, data, what }) => {
		expect(await sniffDocument(await file(name, data))).toMatchObject({ ok: false, what });
	});

	test('reads only the head of a 3 GB file (sparse, never loaded)', async () => {
		const path = await file('stor.pdf', '%PDF-1.4\n');
		await truncate(path, 3_000_000_000);
		expect(await sniffDocument(path)).toEqual({ ok: true, type: 'pdf', size: 3_000_000_000 });
	});

	test('says a missing file cannot be read instead of throwing', async () => {
		expect(await sniffDocument(join(dir, 'finnes-ikke.pdf'))).toMatchObject({ ok: false });
	});
});
