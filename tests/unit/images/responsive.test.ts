import { beforeEach, describe, expect, test } from 'vitest';
import { readConfig } from '../../../src/config.ts';
import { IMAGE_WIDTHS } from '../../../src/consts.ts';
import type { ImageContext } from '../../../src/images/registry.ts';
import { srcset } from '../../../src/render/figure.ts';
import { imageContext } from '../../helpers/images.ts';
import { buildTransform } from '../../../src/images/spec.ts';
import {
	imageOrigins,
	responsiveImage,
	shareImage,
	usesImageCdn,
	variantJob,
} from '../../../src/images/responsive.ts';

const SHA = 'c'.repeat(40);
const asset = (
	w: number,
	h: number,
	ext = 'jpg',
	url = `file:///seed/images/${SHA}-${w}x${h}.${ext}`,
) => ({
	_id: `image-${SHA}-${w}x${h}-${ext}`,
	url,
	width: w,
	height: h,
	size: 12345,
	extension: ext,
	originalFilename: 'Kommunedirektørene i Trøndelag.jpg',
	lqip: 'data:image/jpeg;base64,AAAA',
});
const photo = { asset: asset(1600, 1067) };
const widthsOf = (srcset: string) => srcset.split(', ').map((s) => Number(/ (\d+)w$/.exec(s)?.[1]));

/** A build with IMAGE_CDN=1 from the API (project "proj1"). */
let ctx: ImageContext;
const cdnBuild = () => (ctx = imageContext({ IMAGE_CDN: '1', SANITY_PROJECT_ID: 'proj1' }));
beforeEach(() => void (ctx = imageContext()));

describe('responsiveImage', () => {
	test('gives AVIF and WebP sources and a JPEG fallback at every width, with the size of the largest', () => {
		const image = responsiveImage(ctx, photo);
		expect(image.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
		expect(widthsOf(srcset(image.sources[0]!.files))).toEqual([...IMAGE_WIDTHS]);
		expect(widthsOf(srcset(image.files))).toEqual([...IMAGE_WIDTHS]);
		expect(srcset(image.sources[0]!.files)).toMatch(
			/^\/bilder\/kommunedirektorene-i-trondelag-400x267-[0-9a-f]{10}\.avif 400w/,
		);
		expect(image.src.url).toMatch(
			/^\/bilder\/kommunedirektorene-i-trondelag-1080x720-[0-9a-f]{10}\.jpg$/,
		);
		expect(image).toMatchObject({ width: 1600, height: 1067, lqip: 'data:image/jpeg;base64,AAAA' });
	});

	test('registers exactly the files the markup names', () => {
		const image = responsiveImage(ctx, photo);
		const named = [srcset(image.files), ...image.sources.map((s) => srcset(s.files))].flatMap(
			(s: string) => s.split(', ').map((e) => e.split(' ')[0]!.replace('/bilder/', '')),
		);
		expect([...ctx.registry.jobs.keys()].sort()).toEqual([...new Set(named)].sort());
	});

	test('never upscales a small original', () => {
		const image = responsiveImage(ctx, { asset: asset(500, 300) });
		expect(widthsOf(srcset(image.files))).toEqual([400, 500]);
		expect(image).toMatchObject({ width: 500, height: 300 });
		expect(image.src.url).toContain('-500x300-');
	});

	test('sizes the variants by the crop, not the original', () => {
		const image = responsiveImage(ctx, {
			...photo,
			crop: { top: 0, bottom: 0, left: 0.5, right: 0 },
		});
		expect(widthsOf(srcset(image.files))).toEqual([400, 640, 800]);
		expect(image).toMatchObject({ width: 800, height: 1067 });
	});

	test('falls back to PNG, without a placeholder, for images that may be transparent', () => {
		const image = responsiveImage(ctx, { asset: asset(300, 200, 'png') });
		expect(image.src.url).toMatch(/\.png$/);
		expect(image.lqip).toBeUndefined();
	});

	test('uses CDN URLs with auto=format and no local files when IMAGE_CDN=1 for API images', () => {
		cdnBuild();
		const api = {
			asset: asset(
				1600,
				1067,
				'jpg',
				`https://cdn.sanity.io/images/proj1/production/${SHA}-1600x1067.jpg`,
			),
		};
		expect(usesImageCdn(ctx, api.asset)).toBe(true);
		const image = responsiveImage(ctx, api);
		expect(image.sources).toEqual([]);
		expect(image.src.url).toBe(
			`https://cdn.sanity.io/images/proj1/production/${SHA}-1600x1067.jpg?w=1080&auto=format`,
		);
		expect(widthsOf(srcset(image.files))).toEqual([...IMAGE_WIDTHS]);
		expect(ctx.registry.jobs.size).toBe(0);
		// Local images stay self-hosted even then.
		expect(responsiveImage(ctx, photo).src.url).toMatch(/^\/bilder\//);
	});
});

describe('shareImage', () => {
	test('is a 1200×630 JPEG cut around the hotspot', () => {
		const share = shareImage(ctx, {
			...photo,
			hotspot: { x: 0.9, y: 0.5, width: 0.1, height: 0.1 },
		});
		expect(share).toMatchObject({ width: 1200, height: 630, type: 'image/jpeg' });
		expect(share.url).toMatch(
			/^\/bilder\/kommunedirektorene-i-trondelag-1200x630-[0-9a-f]{10}\.jpg$/,
		);
		const job = ctx.registry.jobs.get(share.url.replace('/bilder/', ''))!;
		expect(job.rect.left + job.rect.width).toBe(1600);
	});

	test('is a CDN URL with fm=jpg when IMAGE_CDN=1', () => {
		cdnBuild();
		const share = shareImage(ctx, {
			asset: asset(
				1600,
				1067,
				'jpg',
				`https://cdn.sanity.io/images/proj1/production/${SHA}-1600x1067.jpg`,
			),
		});
		// 1600×1067 is taller than 1200:630, so top and bottom are cut (the default hotspot is the centre).
		expect(share.url).toMatch(/\?rect=0,114,1600,840&w=1200&h=630&fm=jpg$/);
	});
});

describe('variantJob (cache keys and file names)', () => {
	const t = buildTransform(photo, { width: 800 });
	const key = (a = photo.asset, transform = t, format: 'avif' | 'jpg' = 'avif') =>
		variantJob(a, transform, format).key;

	test('is stable for the same asset and parameters', () => {
		expect(key()).toBe(key());
		expect(variantJob(photo.asset, t, 'avif').file).toMatch(
			/^kommunedirektorene-i-trondelag-800x534-[0-9a-f]{10}\.avif$/,
		);
	});

	test.each([
		['another asset', () => key({ ...photo.asset, _id: `image-${'d'.repeat(40)}-1600x1067-jpg` })],
		['another source size', () => key({ ...photo.asset, size: 1 })],
		[
			'another crop',
			() =>
				key(
					photo.asset,
					buildTransform(
						{ ...photo, crop: { top: 0.1, bottom: 0, left: 0, right: 0 } },
						{ width: 800 },
					),
				),
		],
		['another width', () => key(photo.asset, buildTransform(photo, { width: 640 }))],
		['another format', () => key(photo.asset, t, 'jpg')],
	])('changes with %s', (_name, other) => {
		expect(other()).not.toBe(key());
	});

	test('does not depend on the hotspot when no ratio is forced (same picture, same file)', () => {
		expect(
			key(
				photo.asset,
				buildTransform(
					{ ...photo, hotspot: { x: 0.1, y: 0.1, width: 0.1, height: 0.1 } },
					{ width: 800 },
				),
			),
		).toBe(key());
	});
});

describe('imageOrigins', () => {
	test('names the Sanity CDN only for an API build with IMAGE_CDN=1', () => {
		expect(imageOrigins(readConfig({}))).toEqual([]);
		expect(imageOrigins(readConfig({ IMAGE_CDN: '1' }))).toEqual([]);
		expect(imageOrigins(readConfig({ IMAGE_CDN: '1', SANITY_PROJECT_ID: 'proj1' }))).toEqual([
			'https://cdn.sanity.io',
		]);
	});
});
