import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAssetDocument, parseSanityAsset } from '../../../src/sanity/assets.ts';
import { ContentReport } from '../../../src/report/report.ts';

const SHA = '0af3c3e5b5d9af25495709467d3eed41320324d2';

describe('parseSanityAsset', () => {
	test.each([
		{
			value: `image@file://./images/${SHA}-1600x1067.jpg`,
			expected: {
				id: `image-${SHA}-1600x1067-jpg`,
				kind: 'image',
				relPath: `images/${SHA}-1600x1067.jpg`,
				hash: SHA,
				extension: 'jpg',
				width: 1600,
				height: 1067,
			},
		},
		{
			value: `image@file://./images/${SHA}-96x64.png`,
			expected: {
				id: `image-${SHA}-96x64-png`,
				kind: 'image',
				relPath: `images/${SHA}-96x64.png`,
				hash: SHA,
				extension: 'png',
				width: 96,
				height: 64,
			},
		},
		{
			value: `file@file://./files/${SHA}.pdf`,
			expected: {
				id: `file-${SHA}-pdf`,
				kind: 'file',
				relPath: `files/${SHA}.pdf`,
				hash: SHA,
				extension: 'pdf',
			},
		},
		{
			value: `file@file://./files/${SHA}.docx`,
			expected: {
				id: `file-${SHA}-docx`,
				kind: 'file',
				relPath: `files/${SHA}.docx`,
				hash: SHA,
				extension: 'docx',
			},
		},
		{
			value: `image@https://cdn.sanity.io/images/abc/production/${SHA}-800x600.webp`,
			expected: {
				id: `image-${SHA}-800x600-webp`,
				kind: 'image',
				relPath: `images/${SHA}-800x600.webp`,
				hash: SHA,
				extension: 'webp',
				width: 800,
				height: 600,
				// The export only points at the file: readDataset reports it, check.ts fetches it.
				remoteUrl: `https://cdn.sanity.io/images/abc/production/${SHA}-800x600.webp`,
			},
		},
	])('parses $value', ({ value, expected }) => {
		expect(parseSanityAsset(value)).toEqual(expected);
	});

	test.each([
		{ value: '', why: 'empty' },
		{ value: `video@file://./images/${SHA}-1600x1067.jpg`, why: 'unknown asset kind' },
		{ value: `image@file://./images/${SHA}.jpg`, why: 'image without dimensions' },
		{ value: `image@file://./images/kommunedirektorene-1600x1067.jpg`, why: 'name is not a sha1' },
		{ value: `image@file://./images/${SHA.slice(0, 39)}-1600x1067.jpg`, why: 'sha1 too short' },
		{ value: `image@file://./images/${SHA}-1600x1067`, why: 'no extension' },
		{ value: `file@file://./files/${SHA}`, why: 'file without extension' },
		{ value: `file@file://./files/rapport.pdf`, why: 'file name is not a sha1' },
		{ value: `image@file://./other/${SHA}-10x10.jpg`, why: 'unknown folder' },
		{ value: `image@file://../../etc/${SHA}-10x10.jpg`, why: 'path outside the export' },
		{ value: `image-${SHA}-1600x1067-jpg`, why: 'an asset id, not an export entry' },
		{ value: `image@ftp://example.no/${SHA}-10x10.jpg`, why: 'unsupported protocol' },
	])('returns null for $why', ({ value }) => {
		expect(parseSanityAsset(value)).toBeNull();
	});
});

describe('buildAssetDocument', () => {
	let root: string;
	const PDF_SHA = '3f67acfe66a26f3b345e47c7d5b34d56975615c0';

	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'ks-assets-'));
		await mkdir(join(root, 'files'));
		await writeFile(join(root, 'files', `${PDF_SHA}.pdf`), '%PDF-1.4 test');
	});
	afterAll(() => rm(root, { recursive: true, force: true }));

	test('describes a file with size, MIME type and the original file name from assets.json', async () => {
		const ref = parseSanityAsset(`file@file://./files/${PDF_SHA}.pdf`)!;
		const doc = await buildAssetDocument(
			ref,
			root,
			{ [`file-${PDF_SHA}`]: { originalFilename: 'Debattheft 2021.pdf' } },
			new ContentReport(),
		);
		expect(doc).toEqual({
			_id: `file-${PDF_SHA}-pdf`,
			_type: 'sanity.fileAsset',
			assetId: PDF_SHA,
			extension: 'pdf',
			mimeType: 'application/pdf',
			originalFilename: 'Debattheft 2021.pdf',
			size: 13,
			url: expect.stringMatching(new RegExp(`^file:///.*/files/${PDF_SHA}\\.pdf$`)),
		});
	});

	test('falls back to <sha1>.<ext> when assets.json has no original file name', async () => {
		const ref = parseSanityAsset(`file@file://./files/${PDF_SHA}.pdf`)!;
		const doc = await buildAssetDocument(ref, root, {}, new ContentReport());
		expect(doc?.originalFilename).toBe(`${PDF_SHA}.pdf`);
	});

	test('returns null and notes the missing file when the export lacks an attachment', async () => {
		const report = new ContentReport();
		const ref = parseSanityAsset(`file@file://./files/${SHA}.docx`)!;
		expect(await buildAssetDocument(ref, root, {}, report)).toBeNull();
		expect(report.lines).toEqual([
			`[sanity] eksporten mangler filen files/${SHA}.docx (file-${SHA}-docx); referanser til den utelates`,
		]);
	});

	test('notes a missing image file', async () => {
		const report = new ContentReport();
		const ref = parseSanityAsset(`image@file://./images/${SHA}-10x10.jpg`)!;
		await buildAssetDocument(ref, root, {}, report);
		expect(report.lines).toEqual([
			`[sanity] eksporten mangler filen images/${SHA}-10x10.jpg (image-${SHA}-10x10-jpg); referanser til den utelates`,
		]);
	});
});
