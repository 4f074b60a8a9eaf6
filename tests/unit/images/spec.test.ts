import { describe, expect, test } from 'vitest';
import {
	buildTransform,
	cropRect,
	formatSrcset,
	responsiveWidths,
} from '../../../src/images/spec.ts';

const SHA = 'a'.repeat(40);
const local = {
	_id: `image-${SHA}-1600x1000-jpg`,
	url: `file:///x/images/${SHA}-1600x1000.jpg`,
	width: 1600,
	height: 1000,
};
const api = {
	...local,
	url: `https://cdn.sanity.io/images/abc123/production/${SHA}-1600x1000.jpg`,
};
const crop = { top: 0.1, bottom: 0.2, left: 0.25, right: 0.05 };
const hotspot = { x: 0.8, y: 0.5, width: 0.1, height: 0.1 };

describe('buildTransform', () => {
	test('uses the whole image when there is no crop, and keeps its aspect ratio', () => {
		expect(buildTransform({ asset: local }, { width: 800 })).toMatchObject({
			rect: { left: 0, top: 0, width: 1600, height: 1000 },
			width: 800,
			height: 500,
		});
	});

	test('cuts the Studio crop first (in pixels of the original)', () => {
		const t = buildTransform({ asset: local, crop }, { width: 640 });
		expect(t.rect).toEqual({ left: 400, top: 100, width: 1120, height: 700 });
		expect(t).toMatchObject({ width: 640, height: 400 });
	});

	test('keeps the forced ratio inside the crop and centred on the hotspot, as @sanity/image-url does', () => {
		const t = buildTransform({ asset: local, crop, hotspot }, { width: 1200, height: 630 });
		expect(t).toMatchObject({ width: 1200, height: 630 });
		expect(t.rect.width / t.rect.height).toBeCloseTo(1200 / 630, 2);
		// Inside the crop …
		expect(t.rect.left).toBeGreaterThanOrEqual(400);
		expect(t.rect.top).toBeGreaterThanOrEqual(100);
		expect(t.rect.left + t.rect.width).toBeLessThanOrEqual(1520);
		expect(t.rect.top + t.rect.height).toBeLessThanOrEqual(800);
		// … and around the hotspot (x 1280, y 500).
		expect(t.rect.left).toBeLessThan(1280);
		expect(t.rect.left + t.rect.width).toBeGreaterThan(1280);
		expect(t.url).toContain(`rect=${t.rect.left},${t.rect.top},${t.rect.width},${t.rect.height}`);
	});

	test('builds CDN URLs for API assets and placeholder URLs for local files', () => {
		expect(buildTransform({ asset: api }, { width: 400 }).url).toBe(
			`https://cdn.sanity.io/images/abc123/production/${SHA}-1600x1000.jpg?w=400`,
		);
		expect(buildTransform({ asset: local }, { width: 400 }).url).toMatch(
			/^https:\/\/cdn\.sanity\.io\/images\/local\/local\//,
		);
	});

	test('rejects an asset id that is not Sanity-shaped', () => {
		expect(() =>
			buildTransform({ asset: { ...local, _id: 'image-bad' } }, { width: 400 }),
		).toThrow();
	});
});

describe('cropRect', () => {
	test('is the crop, or the whole image', () => {
		expect(cropRect({ asset: local })).toEqual({ left: 0, top: 0, width: 1600, height: 1000 });
		expect(cropRect({ asset: local, crop })).toEqual({
			left: 400,
			top: 100,
			width: 1120,
			height: 700,
		});
	});
});

describe('responsiveWidths', () => {
	const widths = [400, 640, 800, 1080, 1280, 1600];
	test.each([
		[3000, [400, 640, 800, 1080, 1280, 1600]],
		[1600, [400, 640, 800, 1080, 1280, 1600]],
		[1200, [400, 640, 800, 1080, 1200]],
		[640, [400, 640]],
		[500, [400, 500]],
		[300, [300]],
	])('a source %i px wide gets %j (never upscaled)', (source, expected) => {
		expect(responsiveWidths(source, widths)).toEqual(expected);
	});
});

describe('formatSrcset', () => {
	test('joins URL and width descriptors', () => {
		expect(
			formatSrcset([
				['/a.avif', 400],
				['/b.avif', 800],
			]),
		).toBe('/a.avif 400w, /b.avif 800w');
	});
});
