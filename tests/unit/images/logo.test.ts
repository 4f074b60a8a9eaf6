/**
 * The logo's rasters from an SVG: rendered sharp at any size (the SVG is rasterised at the density
 * the output needs), square icons cut around the hotspot on the brand colour, and no warning that
 * an SVG is "not a photo" — a logo is expected to be vector graphics.
 */
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BRAND_COLOR } from '../../../src/consts.ts';
import { checkImages, checkLogo } from '../../../src/images/check.ts';
import { decodeRect, svgDensity } from '../../../src/images/encode.ts';
import { logoRenditions } from '../../../src/images/logo.ts';
import { produceVariant } from '../../../src/images/produce.ts';
import type { ImageContext } from '../../../src/images/registry.ts';
import { imageContext } from '../../helpers/images.ts';
import { ContentReport } from '../../../src/report/report.ts';
import { SEED } from '../../helpers/dataset.ts';

const SHA = 'c'.repeat(40);
// 200×40: a white square emblem on the left (0–40), a black bar to its right, transparent elsewhere.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" viewBox="0 0 200 40">
	<rect width="40" height="40" fill="#ffffff"/><rect x="60" y="15" width="120" height="10" fill="#000000"/>
</svg>`;
let dir: string;
let ctx: ImageContext;
let logo: {
	asset: { _id: string; url: string; width: number; height: number; extension: string };
	hotspot: { x: number; y: number; width: number; height: number };
	alt: string;
};

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ks-logo-'));
	ctx = imageContext({ IMAGE_CACHE_DIR: join(dir, 'cache') });
	const file = join(dir, `${SHA}-200x40.svg`);
	await writeFile(file, SVG);
	logo = {
		asset: {
			_id: `image-${SHA}-200x40-svg`,
			url: pathToFileURL(file).href,
			width: 200,
			height: 40,
			extension: 'svg',
		},
		hotspot: { x: 0.1, y: 0.5, width: 0.2, height: 1 },
		alt: 'Logo',
	};
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

async function pixels(png: Buffer) {
	return sharp(png).raw().toBuffer({ resolveWithObject: true });
}

describe('svgDensity', () => {
	test.each([
		{ rect: { width: 40, height: 40 }, size: { width: 512, height: 512 }, expected: 922 },
		{ rect: { width: 200, height: 40 }, size: { width: 100, height: 20 }, expected: 72 },
		{ rect: { width: 1, height: 1 }, size: { width: 512, height: 512 }, expected: 72 * 32 },
	])('renders $rect at $expected dpi for $size', ({ rect, size, expected }) => {
		expect(svgDensity(rect, size)).toBe(expected);
	});
});

describe('decodeRect on an SVG', () => {
	test('renders a 40 px part of the drawing at 512 px without blur (hard edges stay hard)', async () => {
		const job = {
			rect: { left: 0, top: 0, width: 40, height: 40 },
			sourceWidth: 200,
			sourceHeight: 40,
		};
		const raw = await decodeRect(new URL(logo.asset.url).pathname, job, {
			width: 512,
			height: 512,
		});
		expect(raw.info).toMatchObject({ width: 512, height: 512 });
		// The emblem is white edge to edge: an upscaled 40 px bitmap would be smeared at the edges.
		const edge = raw.data.readUInt8((256 * 512 + 510) * raw.info.channels);
		expect(edge).toBe(255);
	});
});

describe('logoRenditions', () => {
	test('registers PNGs: header 1×–3×, touch icon 180, manifest 192 and 512, feed 144, publisher ≤ 600×60', () => {
		const r = logoRenditions(ctx, logo);
		expect(r.header).toMatchObject({ width: 200, height: 40 });
		expect(r.header.srcset.split(', ').map((c) => c.split(' ')[1])).toEqual(['1x', '2x', '3x']);
		expect([r.touchIcon, ...r.icons, r.feed].map((i) => `${i.width}x${i.height}`)).toEqual([
			'180x180',
			'192x192',
			'512x512',
			'144x144',
		]);
		expect(r.publisher).toMatchObject({ width: 300, height: 60, type: 'image/png' });
		for (const url of [r.header.src, r.touchIcon.url, r.publisher.url])
			expect(ctx.registry.jobs.has(url.replace('/bilder/', ''))).toBe(true);
	});

	test('a square icon is the emblem around the hotspot, on the brand colour where transparent', async () => {
		const r = logoRenditions(ctx, logo);
		const job = ctx.registry.jobs.get(r.icons[1]!.url.replace('/bilder/', ''))!;
		expect(job).toMatchObject({ width: 512, height: 512, format: 'png', background: BRAND_COLOR });
		const { data, info } = await pixels(await produceVariant(job, ctx));
		expect(info.channels).toBe(3);
		// White: the emblem fills the square (but for anti-aliasing at the outermost pixels).
		const dark = [...data].filter((v) => v < 245).length / data.length;
		expect(dark).toBeLessThan(0.01);
	});

	test('the header logo keeps its transparency (it sits on the header colour)', async () => {
		const r = logoRenditions(ctx, logo);
		const job = ctx.registry.jobs.get(r.header.src.replace('/bilder/', ''))!;
		expect(job.background).toBeUndefined();
		const { data, info } = await pixels(await produceVariant(job, ctx));
		expect(info.channels).toBe(4);
		expect(data[(20 * info.width + 50) * 4 + 3]).toBe(0);
	});
});

describe('checkLogo', () => {
	test('accepts an SVG logo without the "not a photo" note a figure gets', async () => {
		const report = new ContentReport();
		const who = { type: 'siteSettings', id: 'siteSettings' };
		expect(await checkLogo(logo, 'logo', who, report, ctx)).toBe(logo);
		expect(report.warnings).toEqual([]);
		await checkImages({ defaultImage: { _type: 'figure', ...logo } }, who, report, ctx);
		expect(report.warnings.map((w) => w.reason)).toEqual(
			expect.arrayContaining([expect.stringContaining('SVG-grafikk, ikke et foto')]),
		);
	});

	test('leaves out a logo whose file is missing, with a warning', async () => {
		const report = new ContentReport();
		const missing = {
			...logo,
			asset: { ...logo.asset, url: pathToFileURL(join(dir, 'x.svg')).href },
		};
		expect(
			await checkLogo(missing, 'logo', { type: 'siteSettings', id: 'siteSettings' }, report, ctx),
		).toBeNull();
		expect(report.warnings.map((w) => w.path)).toEqual(['logo']);
	});

	test('the seed ships its logo as an SVG', () => {
		expect(readdirSync(join(SEED, 'images')).filter((f) => f.endsWith('.svg'))).toHaveLength(1);
	});
});
