import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkAttachments } from '../../../src/content/attachments.ts';
import { ContentReport } from '../../../src/report/report.ts';
import type { Asset, PostData } from '../../../src/sanity/schemas.ts';

let dir = '';
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ks-attachments-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const asset = async (name: string, data: string, size?: number): Promise<Asset> => {
	const path = join(dir, name);
	await writeFile(path, data);
	if (size) await truncate(path, size);
	const [stem, ext] = name.split('.');
	return {
		_id: `file-${stem!.padEnd(40, '0')}-${ext}`,
		url: pathToFileURL(path).href,
		extension: ext,
		originalFilename: name,
		size: size ?? data.length,
	};
};
const attachment = (key: string, file: Asset) => ({
	_type: 'attachment',
	_key: key,
	title: key,
	file,
});
const post = (body: unknown[]) => ({ _id: 'post-v', body }) as Pick<PostData, '_id' | 'body'>;

describe('checkAttachments', () => {
	test('keeps documents with their sniffed type and leaves out everything else, reporting each', async () => {
		const report = new ContentReport();
		const body = [
			{ _type: 'block', _key: 'b' },
			attachment('pdf', await asset('innkalling.pdf', '%PDF-1.7\n')),
			attachment(
				'html',
				await asset('innkalling.html', '<!doctype html><script>alert(1)</script>'),
			),
			attachment('disguised', await asset('referat.docx', '%PDF-1.4\n')),
			attachment('big', await asset('stor.pdf', '%PDF-1.4\n', 2_200_000_000)),
		];
		const checked = await checkAttachments(post(body), report, true);
		// Left-out attachments become holes, so later report paths keep their indexes (holes.ts).
		expect(checked.body.map((b) => b?._key ?? null)).toEqual(['b', 'pdf', null, 'disguised', null]);
		// Published by what it is: a PDF named .docx becomes a .pdf.
		expect((checked.body[3] as unknown as { file: Asset }).file).toMatchObject({
			extension: 'pdf',
			mimeType: 'application/pdf',
		});
		expect(report.warnings.map((w) => `${w.path}: ${w.reason}`)).toEqual([
			'body[2].file: vedlegget "innkalling.html" er HTML, ikke PDF, Word, Excel, PowerPoint eller ODT; ikke publisert',
			expect.stringMatching(
				/^body\[4\]\.file: vedlegget "stor\.pdf" er for stort \(2.200 MB; grensen er 100 MB\); ikke publisert$/,
			),
		]);
	});

	test('in a local build, leaves out files the export only points at; from the API, trusts declared documents', async () => {
		const remote: Asset = {
			_id: `file-${'7'.repeat(40)}-pdf`,
			url: `https://cdn.sanity.io/files/p/d/${'7'.repeat(40)}.pdf`,
			extension: 'pdf',
			mimeType: 'application/pdf',
		};
		const html: Asset = { ...remote, _id: 'file-x-html', extension: 'html', mimeType: 'text/html' };
		const local = new ContentReport();
		expect((await checkAttachments(post([attachment('r', remote)]), local, true)).body).toEqual([
			null,
		]);
		expect(local.warnings[0]?.reason).toMatch(/ligger bare på en ekstern adresse/);
		const api = new ContentReport();
		const checked = await checkAttachments(
			post([attachment('r', remote), attachment('h', html)]),
			api,
			false,
		);
		expect(checked.body.map((b) => b?._key ?? null)).toEqual(['r', null]);
		expect(api.warnings[0]?.path).toBe('body[1].file');
	});
});
