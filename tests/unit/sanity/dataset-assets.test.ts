/** readDataset turns each _sanityAsset into a reference to an asset document with metadata. */
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { readDataset, type Dataset, type SanityDocument } from '../../../src/sanity/dataset.ts';
import { ContentReport } from '../../../src/report/report.ts';
import {
	BROKEN,
	BROKEN_IMAGE,
	MISSING_IMAGE,
	SEED,
	byId,
	collect,
	readSeed,
	useTempDir,
} from '../../helpers/dataset.ts';
import { placeholder } from '../../helpers/images.ts';

const tmp = useTempDir();

describe('readDataset', () => {
	describe('from a folder', () => {
		let seed: Dataset;

		beforeAll(async () => {
			({ seed } = await readSeed());
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

		test('notes a missing image file', async () => {
			const report = new ContentReport();
			const dataset = await readDataset(BROKEN, report, placeholder);
			const post = byId(dataset, 'post-missing-image') as SanityDocument & { mainImage: unknown };
			expect(post.mainImage).toMatchObject({ asset: { _type: 'reference', _ref: MISSING_IMAGE } });
			expect(report.lines).toContain(
				`[sanity] eksporten mangler filen images/0000000000000000000000000000000000000000-10x10.jpg (${MISSING_IMAGE}); referanser til den utelates`,
			);
		});
	});

	describe('assets', () => {
		test('notes a missing attachment file and leaves its asset document out', async () => {
			const sha = 'ec5a8d629d9f55779421d8abfa8d72728adc6c7a';
			const dir = join(tmp.path, 'missing-file');
			await mkdir(dir);
			await writeFile(
				join(dir, 'data.ndjson'),
				`{"_id":"p","_type":"post","body":[{"_type":"attachment","_key":"a","title":"T","file":{"_type":"file","_sanityAsset":"file@file://./files/${sha}.pdf"}}]}\n`,
			);
			const report = new ContentReport();
			const dataset = await readDataset(dir, report, placeholder);
			expect(dataset.documents.map((d) => d._id)).toEqual(['p']);
			expect(report.lines).toEqual([
				`[sanity] eksporten mangler filen files/${sha}.pdf (file-${sha}-pdf); referanser til den utelates`,
			]);
		});

		test('says in one line when the export has no files at all (--no-assets), and only then', async () => {
			const dir = join(tmp.path, 'no-assets');
			await mkdir(dir);
			await writeFile(join(dir, 'data.ndjson'), '{"_id":"p","_type":"post","title":"T"}\n');
			const report = new ContentReport();
			await readDataset(dir, report);
			expect(report.lines).toEqual([
				'[sanity] eksporten har ingen filer (images/, files/ og assets.json mangler, som etter «sanity dataset export --no-assets»): nettstedet får ingen bilder, intet standard delingsbilde (og:image) og ingen vedlegg',
			]);
			await writeFile(join(dir, 'assets.json'), '{}');
			const withAssets = new ContentReport();
			await readDataset(dir, withAssets);
			expect(withAssets.lines).toEqual([]);
		});

		test('warns about a _sanityAsset it cannot parse and leaves the asset out', async () => {
			const file = join(tmp.path, 'bad-asset.ndjson');
			await writeFile(
				file,
				'{"_id":"p","_type":"post","mainImage":{"_type":"figure","_sanityAsset":"image@file://./images/x.jpg","alt":"A"}}\n',
			);
			const report = new ContentReport();
			const dataset = await readDataset(file, report, placeholder);
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
			const dir = join(tmp.path, 'bad-assets-json');
			await cp(BROKEN, dir, { recursive: true });
			await writeFile(join(dir, 'assets.json'), '{ikke json');
			const report = new ContentReport();
			const dataset = await readDataset(dir, report, placeholder);
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
			const dataset = await readDataset(BROKEN, new ContentReport(), placeholder);
			expect(dataset.documents.filter((d) => d._id === BROKEN_IMAGE)).toHaveLength(1);
		});
	});
});
