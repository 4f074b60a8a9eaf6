import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create as createTar } from 'tar';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDataset, type Dataset, type SanityDocument } from '../../src/sanity/dataset.ts';
import { ContentReport, DatasetError } from '../../src/sanity/messages.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SEED = join(ROOT, 'sanity-studio', 'seed', 'production');
const BROKEN = join(ROOT, 'tests', 'fixtures', 'broken-export');
const EXPORT_FOLDER = 'production-export-2026-11-25t12-00-00-000z';
/** Where readDataset unpacks .tar.gz exports (relative to the working directory). */
const TAR_CACHE = join(ROOT, 'node_modules', '.cache', 'sanity-export');

const BROKEN_IMAGE = 'image-ea37e34c9a5e22a45c73cb96d9674331220cf594-96x64-jpg';
const BROKEN_FILE = 'file-ec5a8d629d9f55779421d8abfa8d72728adc6c7a-pdf';
const MISSING_IMAGE = 'image-0000000000000000000000000000000000000000-10x10-jpg';

let tmp: string;
const extracted: string[] = [];

beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), 'ks-dataset-'));
});
afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
	// A .tar.gz is unpacked into a cache folder; remove what these tests unpacked.
	for (const dir of extracted) await rm(dir, { recursive: true, force: true });
});

const byId = (dataset: Dataset, id: string) => dataset.documents.find((d) => d._id === id);
const countLines = async (file: string) =>
	(await readFile(file, 'utf8')).split('\n').filter((l) => l.trim()).length;

/** Every value of `key` anywhere inside `node`. */
function collect(node: unknown, key: string, out: unknown[] = []): unknown[] {
	if (Array.isArray(node)) for (const item of node) collect(item, key, out);
	else if (node && typeof node === 'object') {
		for (const [k, v] of Object.entries(node)) {
			if (k === key) out.push(v);
			collect(v, key, out);
		}
	}
	return out;
}

/** Expectations shared by every form of the broken fixture export. */
async function expectBrokenExport(dataset: Dataset, report: ContentReport) {
	const post = byId(dataset, 'post-good') as SanityDocument & {
		mainImage: unknown;
		body: Array<Record<string, unknown>>;
	};
	expect(post.mainImage).toMatchObject({
		asset: { _type: 'reference', _ref: BROKEN_IMAGE },
		alt: 'Et blått testbilde',
	});
	expect(post.body[1]).toMatchObject({
		_type: 'figure',
		asset: { _type: 'reference', _ref: BROKEN_IMAGE },
	});
	expect(post.body[2]).toMatchObject({
		_type: 'attachment',
		file: { _type: 'file', asset: { _type: 'reference', _ref: BROKEN_FILE } },
	});
	expect(collect(dataset.documents, '_sanityAsset')).toEqual([]);
	expect(byId(dataset, BROKEN_IMAGE)?._type).toBe('sanity.imageAsset');
	expect(byId(dataset, BROKEN_FILE)?._type).toBe('sanity.fileAsset');
	expect(report.lines).toContain(
		'[sanity] data.ndjson, linje 7 (post-truncated): ugyldig JSON (avkortet eller ødelagt linje), hoppet over',
	);
	expect(byId(dataset, 'post-truncated')).toBeUndefined();
}

describe('readDataset', () => {
	describe('from a folder', () => {
		let seed: Dataset;
		let seedReport: ContentReport;

		beforeAll(async () => {
			seedReport = new ContentReport();
			seed = await readDataset(SEED, seedReport);
		});

		test('reads every document of the seed export without complaints', async () => {
			const lines = await countLines(join(SEED, 'data.ndjson'));
			const assets = seed.documents.filter((d) => d._type.startsWith('sanity.'));
			expect(seed.documents.length - assets.length).toBe(lines);
			expect(seedReport.format()).toBe('');
			expect(seed.source).toBe(`file://${join(SEED, 'data.ndjson')}`);
		});

		test('turns every _sanityAsset into a reference to an asset document that exists', () => {
			expect(collect(seed.documents, '_sanityAsset')).toEqual([]);
			const refs = collect(seed.documents, 'asset') as Array<{ _type: string; _ref: string }>;
			expect(refs.length).toBeGreaterThanOrEqual(10);
			for (const ref of refs) {
				expect(ref._type).toBe('reference');
				expect(ref._ref).toMatch(/^(image-[a-f0-9]{40}-\d+x\d+-[a-z]+|file-[a-f0-9]{40}-[a-z]+)$/);
				expect(byId(seed, ref._ref), ref._ref).toBeDefined();
			}
		});

		test('builds the image asset id from the file name: image-<sha1>-<w>x<h>-<ext>', () => {
			const post = byId(seed, 'post-god-sommer-2023') as SanityDocument & {
				mainImage: Record<string, unknown>;
			};
			expect(post.mainImage.asset).toEqual({
				_type: 'reference',
				_ref: 'image-0af3c3e5b5d9af25495709467d3eed41320324d2-1600x1067-jpg',
			});
			// The figure's own fields survive the rewrite.
			expect(post.mainImage).toMatchObject({
				_type: 'figure',
				credit: 'KS',
				hotspot: { x: 0.5, y: 0.45 },
			});
		});

		test('creates a sanity.imageAsset with dimensions, lqip, MIME type, size, original name and a file URL', async () => {
			const id = 'image-0af3c3e5b5d9af25495709467d3eed41320324d2-1600x1067-jpg';
			const file = join(SEED, 'images', '0af3c3e5b5d9af25495709467d3eed41320324d2-1600x1067.jpg');
			const asset = byId(seed, id) as SanityDocument & { metadata: { lqip: string } };
			expect(asset).toEqual({
				_id: id,
				_type: 'sanity.imageAsset',
				assetId: '0af3c3e5b5d9af25495709467d3eed41320324d2',
				extension: 'jpg',
				mimeType: 'image/jpeg',
				originalFilename: 'kommunedirektorene.jpg',
				size: (await stat(file)).size,
				url: `file://${file}`,
				metadata: {
					_type: 'sanity.imageMetadata',
					dimensions: {
						_type: 'sanity.imageDimensions',
						width: 1600,
						height: 1067,
						aspectRatio: 1600 / 1067,
					},
					lqip: expect.stringMatching(/^data:image\/jpeg;base64,[A-Za-z0-9+/]+=*$/),
				},
			});
			// The lqip is a real, tiny JPEG.
			const jpeg = Buffer.from(asset.metadata.lqip.split(',')[1]!, 'base64');
			expect(jpeg.subarray(0, 2).toString('hex')).toBe('ffd8');
			expect(jpeg.length).toBeLessThan(2000);
		});

		test('creates a sanity.fileAsset for each attachment, with the docx MIME type', async () => {
			const file = join(SEED, 'files', '7c6dd5b942fd611635867b254a048037a2aaebf3.docx');
			expect(byId(seed, 'file-7c6dd5b942fd611635867b254a048037a2aaebf3-docx')).toEqual({
				_id: 'file-7c6dd5b942fd611635867b254a048037a2aaebf3-docx',
				_type: 'sanity.fileAsset',
				assetId: '7c6dd5b942fd611635867b254a048037a2aaebf3',
				extension: 'docx',
				mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
				originalFilename: 'Mal til sektoren om debattheft 2021.docx',
				size: (await stat(file)).size,
				url: `file://${file}`,
			});
		});

		test('names seed files by the sha1 of their content', async () => {
			const assets = seed.documents.filter((d) => d._type.startsWith('sanity.')) as Array<
				SanityDocument & { url: string; assetId: string }
			>;
			for (const asset of assets) {
				const sha1 = createHash('sha1')
					.update(await readFile(fileURLToPath(asset.url)))
					.digest('hex');
				expect(sha1, asset._id).toBe(asset.assetId);
			}
		});

		test('reads the broken export: reports the truncated line 7 and keeps the rest', async () => {
			const report = new ContentReport();
			const dataset = await readDataset(BROKEN, report);
			await expectBrokenExport(dataset, report);
			// Unknown and internal types are kept; the queries simply do not ask for them.
			expect(byId(dataset, 'legacy-banner-1')?._type).toBe('legacyBanner');
			expect(byId(dataset, 'drafts.post-draft')).toBeDefined();
		});

		test('notes a missing image file', async () => {
			const report = new ContentReport();
			const dataset = await readDataset(BROKEN, report);
			const post = byId(dataset, 'post-missing-image') as SanityDocument & { mainImage: unknown };
			expect(post.mainImage).toMatchObject({ asset: { _type: 'reference', _ref: MISSING_IMAGE } });
			expect(report.lines).toContain(
				`[sanity] eksporten mangler filen images/0000000000000000000000000000000000000000-10x10.jpg (${MISSING_IMAGE}); referanser til den utelates`,
			);
		});

		test('finds data.ndjson inside the single top folder of an untarred export', async () => {
			const dir = join(tmp, 'untarred');
			await cp(BROKEN, join(dir, EXPORT_FOLDER), { recursive: true });
			const report = new ContentReport();
			const dataset = await readDataset(dir, report);
			await expectBrokenExport(dataset, report);
		});
	});

	describe('from a .tar.gz export', () => {
		test('unpacks it and reads the one top folder, whatever it is called', async () => {
			const src = join(tmp, 'tar-src');
			await cp(BROKEN, join(src, EXPORT_FOLDER), { recursive: true });
			const file = join(tmp, 'production.tar.gz');
			await createTar({ gzip: true, file, cwd: src }, [EXPORT_FOLDER]);
			await rm(src, { recursive: true });

			const report = new ContentReport();
			const dataset = await readDataset(file, report);
			const ndjson = fileURLToPath(dataset.source);
			extracted.push(dirname(dirname(ndjson)));

			expect(ndjson.endsWith(join(EXPORT_FOLDER, 'data.ndjson'))).toBe(true);
			await expectBrokenExport(dataset, report);
			// Asset URLs point at the unpacked files, which exist.
			const image = byId(dataset, BROKEN_IMAGE) as SanityDocument & { url: string; size: number };
			expect((await stat(fileURLToPath(image.url))).size).toBe(image.size);
		});

		test('fails with a DatasetError naming the file when it is not a valid archive', async () => {
			const file = join(tmp, 'corrupt.tar.gz');
			await writeFile(file, 'dette er ikke gzip');
			const before = new Set(await readdir(TAR_CACHE).catch(() => []));
			const error = await readDataset(file).catch((e: unknown) => e);
			// Remove the (empty) folder the failed attempt left in the cache.
			for (const entry of await readdir(TAR_CACHE).catch(() => [])) {
				if (!before.has(entry)) extracted.push(join(TAR_CACHE, entry));
			}
			expect(error).toBeInstanceOf(DatasetError);
			expect((error as Error).message).toContain(file);
		});
	});

	describe('from a bare .ndjson file', () => {
		test('reads it with assets resolved next to it', async () => {
			const report = new ContentReport();
			const dataset = await readDataset(join(BROKEN, 'data.ndjson'), report);
			await expectBrokenExport(dataset, report);
		});

		test('reads the documents and notes the asset files it cannot find', async () => {
			const file = join(tmp, 'alone.ndjson');
			await cp(join(BROKEN, 'data.ndjson'), file);
			const report = new ContentReport();
			const dataset = await readDataset(file, report);
			expect(byId(dataset, 'post-good')).toBeDefined();
			expect(byId(dataset, BROKEN_FILE)).toBeUndefined();
			expect(report.lines.filter((l) => l.includes('eksporten mangler filen'))).toHaveLength(3);
		});

		test('reports lines without _id or _type by line number and skips blank lines', async () => {
			const file = join(tmp, 'lines.ndjson');
			const lines = [
				'{"_id":"a","_type":"post"}',
				'',
				'{"_type":"post","title":"uten id"}',
				'[1,2,3]',
				'{"_id":"b","_type":"topic"}\r',
				'{"_id":"c",',
			];
			await writeFile(file, lines.join('\n'));
			const report = new ContentReport();
			const dataset = await readDataset(file, report);
			expect(dataset.documents.map((d) => d._id)).toEqual(['a', 'b']);
			expect(report.lines).toEqual([
				'[sanity] lines.ndjson, linje 3: mangler _id eller _type, hoppet over',
				'[sanity] lines.ndjson, linje 4: mangler _id eller _type, hoppet over',
				'[sanity] lines.ndjson, linje 6 (c): ugyldig JSON (avkortet eller ødelagt linje), hoppet over',
			]);
		});
	});

	describe('assets', () => {
		test('notes a missing attachment file and leaves its asset document out', async () => {
			const sha = 'ec5a8d629d9f55779421d8abfa8d72728adc6c7a';
			const dir = join(tmp, 'missing-file');
			await mkdir(dir);
			await writeFile(
				join(dir, 'data.ndjson'),
				`{"_id":"p","_type":"post","body":[{"_type":"attachment","_key":"a","title":"T","file":{"_type":"file","_sanityAsset":"file@file://./files/${sha}.pdf"}}]}\n`,
			);
			const report = new ContentReport();
			const dataset = await readDataset(dir, report);
			expect(dataset.documents.map((d) => d._id)).toEqual(['p']);
			expect(report.lines).toEqual([
				`[sanity] eksporten mangler filen files/${sha}.pdf (file-${sha}-pdf); referanser til den utelates`,
			]);
		});

		test('warns about a _sanityAsset it cannot parse and leaves the asset out', async () => {
			const file = join(tmp, 'bad-asset.ndjson');
			await writeFile(
				file,
				'{"_id":"p","_type":"post","mainImage":{"_type":"figure","_sanityAsset":"image@file://./images/x.jpg","alt":"A"}}\n',
			);
			const report = new ContentReport();
			const dataset = await readDataset(file, report);
			expect(dataset.documents[0]).toEqual({
				_id: 'p',
				_type: 'post',
				mainImage: { _type: 'figure', alt: 'A' },
			});
			expect(report.warnings).toEqual([
				{
					level: 'warning',
					type: 'post',
					id: 'p',
					path: 'mainImage',
					reason: 'ukjent _sanityAsset-format, bildet/filen er utelatt',
				},
			]);
		});

		test('computes metadata from the files when assets.json is unreadable', async () => {
			const dir = join(tmp, 'bad-assets-json');
			await cp(BROKEN, dir, { recursive: true });
			await writeFile(join(dir, 'assets.json'), '{ikke json');
			const report = new ContentReport();
			const dataset = await readDataset(dir, report);
			expect(report.lines).toContain(
				'[sanity] assets.json kan ikke leses, metadata beregnes fra filene',
			);
			expect(byId(dataset, BROKEN_IMAGE)).toMatchObject({
				mimeType: 'image/jpeg',
				originalFilename: 'ea37e34c9a5e22a45c73cb96d9674331220cf594.jpg',
				metadata: { dimensions: { width: 96, height: 64 } },
			});
		});

		test('creates one asset document per file, however often it is used', async () => {
			const dataset = await readDataset(BROKEN, new ContentReport());
			expect(dataset.documents.filter((d) => d._id === BROKEN_IMAGE)).toHaveLength(1);
		});
	});

	describe('when the dataset cannot be read', () => {
		test.each([
			{
				name: 'a missing path',
				setup: async () => join(tmp, 'finnes-ikke'),
				message: /Fant ikke datasettet/,
			},
			{
				name: 'a folder without data.ndjson',
				setup: async () => {
					const dir = join(tmp, 'empty-folder');
					await mkdir(join(dir, 'images'), { recursive: true });
					return dir;
				},
				message: /er ikke en Sanity-eksport/,
			},
			{
				name: 'a file that is not an export',
				setup: async () => {
					const file = join(tmp, 'notes.txt');
					await writeFile(file, '{"_id":"a","_type":"post"}');
					return file;
				},
				message: /er ikke en Sanity-eksport/,
			},
			{
				name: 'an .ndjson without any readable document',
				setup: async () => {
					const file = join(tmp, 'garbage.ndjson');
					await writeFile(file, '{"_id":"x",\nikke json\n{"title":"uten id"}\n');
					return file;
				},
				message: /har ingen lesbare dokumenter/,
			},
			{
				name: 'an empty .ndjson',
				setup: async () => {
					const file = join(tmp, 'empty.ndjson');
					await writeFile(file, '');
					return file;
				},
				message: /har ingen lesbare dokumenter/,
			},
		])('throws a DatasetError naming the path for $name', async ({ setup, message }) => {
			const path = await setup();
			const error = await readDataset(path).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(DatasetError);
			expect((error as Error).message).toMatch(message);
			expect((error as Error).message).toContain(`"${path}"`);
		});

		test('lists the bad lines in the error when no document is readable', async () => {
			const file = join(tmp, 'only-bad.ndjson');
			await writeFile(file, '{"_id":"x",\n');
			const error = (await readDataset(file).catch((e: unknown) => e)) as Error;
			expect(error.message).toContain('only-bad.ndjson, linje 1 (x): ugyldig JSON');
		});
	});
});
