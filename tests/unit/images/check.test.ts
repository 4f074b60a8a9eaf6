import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkAllImages, checkImages } from '../../../src/images/check.ts';
import { imageMessages } from '../../../src/report/messages.ts';

const imageMessage = imageMessages.about;
import { ContentReport } from '../../../src/report/report.ts';
import type { ImageFile } from '../../fixtures/image-export.ts';
import { useImageExport, type ImageExport } from '../../helpers/image-export.ts';
import { imageContext } from '../../helpers/images.ts';

let dir: string;
let files: ImageExport;

const figure = (
	f: ImageFile | { id: string; name: string; width: number; height: number },
	key?: string,
) => ({
	_type: 'figure',
	...(key ? { _key: key } : {}),
	alt: 'A',
	asset: {
		_id: f.id,
		url: pathToFileURL(join(dir, 'images', f.name)).href,
		width: f.width,
		height: f.height,
		originalFilename: 'foto.jpg',
	},
});
/** The image settings of this file's export (its own cache) and a fresh registry. */
const images = () => imageContext({ IMAGE_CACHE_DIR: join(dir, 'cache') });
const warnings = (report: ContentReport) =>
	report.warnings.map((w) => `${w.type} ${w.id} ${w.path}: ${w.reason}`);

useImageExport('ks-image-check-', (d, f) => {
	dir = d;
	files = f;
});

describe('checkImages', () => {
	test('keeps a document with good images as it is, without warnings', async () => {
		const report = new ContentReport();
		const doc = {
			_id: 'p',
			mainImage: figure(files.good),
			body: [{ _type: 'block' }, figure(files.good, 'f')],
		};
		expect(await checkImages(doc, { type: 'post', id: 'p' }, report, images())).toBe(doc);
		expect(report.issues).toEqual([]);
	});

	test('leaves out unreadable images and names the post, the field and the asset', async () => {
		const report = new ContentReport();
		const missing = {
			id: files.missingId,
			name: `${'0'.repeat(40)}-640x480.jpg`,
			width: 640,
			height: 480,
		};
		const doc = {
			_id: 'p',
			mainImage: figure(files.corrupt),
			seo: { image: figure(missing) },
			body: [
				{ _type: 'block', _key: 'b' },
				figure(files.truncated, 'f1'),
				figure(files.good, 'f2'),
			],
		};
		const checked = await checkImages(doc, { type: 'post', id: 'post-x' }, report, images());
		expect(checked.mainImage).toBeNull();
		expect(checked.seo.image).toBeNull();
		// Dropped figures leave holes, so later report paths keep their indexes (content/holes.ts).
		expect(checked.body.map((b) => b?._key ?? null)).toEqual(['b', null, 'f2']);
		expect(doc.mainImage).not.toBeNull(); // the input is not changed
		expect(warnings(report)).toEqual([
			expect.stringMatching(
				new RegExp(
					`^post post-x mainImage: bildet ${files.corrupt.id} \\(foto\\.jpg\\): kan ikke leses \\(ødelagt fil .*; vist uten bilde$`,
				),
			),
			`post post-x seo.image: bildet ${files.missingId} (foto.jpg): filen mangler i eksporten; vist uten bilde`,
			expect.stringMatching(
				new RegExp(
					`^post post-x body\\[1\\]: bildet ${files.truncated.id} \\(foto\\.jpg\\): kan ikke leses \\(avkortet`,
				),
			),
		]);
	});

	test('keeps an SVG and a very large original, with a warning each', async () => {
		const report = new ContentReport();
		const doc = { _id: 'p', mainImage: figure(files.svg), body: [figure(files.huge, 'f')] };
		const checked = await checkImages(doc, { type: 'post', id: 'p' }, report, images());
		expect(checked).toBe(doc);
		expect(warnings(report)).toEqual([
			`post p mainImage: ${imageMessage({ _id: files.svg.id, originalFilename: 'foto.jpg' }, 'SVG-grafikk, ikke et foto; vist som rasterbilde')}`,
			// The SVG is the post's share image, and 400×300 is less than half of 1200×630.
			`post p mainImage: ${imageMessage({ _id: files.svg.id, originalFilename: 'foto.jpg' }, 'lite bilde (400×300 px etter beskjæring) forstørres til delingsbildet 1200×630; last opp minst 600×315 px')}`,
			expect.stringMatching(/^post p body\[0\]: bildet .*: svært stort \(12000×8000, 96 MP\)/),
		]);
	});

	test('drops a body figure whose reference is dead', async () => {
		const report = new ContentReport();
		const checked = await checkImages(
			{ body: [{ _type: 'figure', _key: 'f', asset: null }] },
			{ type: 'post', id: 'p' },
			report,
			images(),
		);
		expect(checked.body).toEqual([null]);
		expect(warnings(report)).toEqual([
			'post p body[0]: mangler bilde (død referanse); figuren er utelatt',
		]);
	});

	test('drops a figure whose asset id @sanity/image-url cannot read', async () => {
		const report = new ContentReport();
		const checked = await checkImages(
			{
				mainImage: {
					_type: 'figure',
					asset: { _id: 'image-rar', url: 'https://cdn.sanity.io/x', width: 1, height: 1 },
				},
			},
			{ type: 'post', id: 'p' },
			report,
			images(),
		);
		expect(checked.mainImage).toBeNull();
		expect(warnings(report)[0]).toMatch(/^post p mainImage: bildet image-rar: ugyldig bilde-id/);
	});
});

describe('checkAllImages', () => {
	test('reports in document order whatever order the checks finish in', async () => {
		const report = new ContentReport();
		const docs = [
			{ _id: 'a', mainImage: figure(files.huge) },
			{ _id: 'b', mainImage: figure(files.corrupt) },
			{ _id: 'c', mainImage: figure(files.svg) },
		];
		const checked = await checkAllImages(
			docs,
			(d) => ({ type: 'post', id: d._id }),
			report,
			images(),
		);
		expect(checked.map((d) => d.mainImage === null)).toEqual([false, true, false]);
		// c: SVG, and too small for the share card.
		expect(report.warnings.map((w) => w.id)).toEqual(['a', 'b', 'c', 'c']);
	});
});

describe('imageMessage', () => {
	test.each([
		[
			{ _id: 'image-abc-10x10-jpg', originalFilename: 'sommer.jpg' },
			'bildet image-abc-10x10-jpg (sommer.jpg): feil',
		],
		[
			{ _id: 'image-abc-10x10-jpg', originalFilename: 'abc.jpg' },
			'bildet image-abc-10x10-jpg: feil',
		],
		[{ _id: 'image-abc-10x10-jpg', originalFilename: null }, 'bildet image-abc-10x10-jpg: feil'],
	])('%j → %s', (asset, expected) => {
		expect(imageMessage(asset, 'feil')).toBe(expected);
	});
});
