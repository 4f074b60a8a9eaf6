/**
 * Crop + hotspot on a real image: a grey picture with a red marker at the hotspot and a blue band
 * that the Studio crop cuts away. Every forced-ratio output must show the marker and no blue.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseSize, decodeRect, encodeRaw, scaleRect } from '../../../src/images/encode.ts';
import { buildTransform } from '../../../src/images/spec.ts';
import { markerJpeg } from '../../fixtures/image-export.ts';

const SHA = 'b'.repeat(40);
const asset = {
	_id: `image-${SHA}-1600x1000-jpg`,
	url: 'file:///unused',
	width: 1600,
	height: 1000,
};
// Marker 60 px square at (1200, 300); the blue band is the left 10 %, and the crop removes 12 %.
const hotspot = { x: 0.75, y: 0.3, width: 0.04, height: 0.06 };
const crop = { top: 0.05, bottom: 0.1, left: 0.12, right: 0 };

let dir: string;
let upright: string;
let rotated: string;

async function colours(png: Buffer) {
	const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
	let red = 0;
	let blue = 0;
	for (let i = 0; i < data.length; i += info.channels) {
		const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
		if (r > 180 && g < 80 && b < 80) red++;
		if (b > 180 && r < 80 && g < 80) blue++;
	}
	return { red, blue, width: info.width, height: info.height };
}

async function render(file: string, size: { width: number; height?: number }) {
	const t = buildTransform({ asset, crop, hotspot }, size);
	const job = { rect: t.rect, sourceWidth: asset.width, sourceHeight: asset.height };
	const raw = await decodeRect(file, job, { width: t.width, height: t.height });
	return colours(await encodeRaw(raw, { width: t.width, height: t.height, format: 'png' }));
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ks-encode-'));
	const jpeg = await markerJpeg(1600, 1000, 1200, 300, 60);
	upright = join(dir, 'upright.jpg');
	rotated = join(dir, 'rotated.jpg');
	await writeFile(upright, jpeg);
	// Stored turned a quarter to the left, with EXIF orientation 6 ("turn right to view").
	await writeFile(
		rotated,
		await sharp(jpeg).rotate(-90).withMetadata({ orientation: 6 }).jpeg({ quality: 90 }).toBuffer(),
	);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('decodeRect + encodeRaw', () => {
	test.each([
		['share image 1200×630', 1200, 630],
		['square', 400, 400],
		['portrait 9:16', 360, 640],
		['tall 1:2', 300, 600],
		['wide 3:1', 900, 300],
		['4:3', 640, 480],
	])(
		'%s: exact size, the hotspot marker inside, the cropped band outside',
		async (_name, width, height) => {
			for (const file of [upright, rotated]) {
				const out = await render(file, { width, height });
				expect(out).toMatchObject({ width, height });
				expect(out.red).toBeGreaterThan(0);
				expect(out.blue).toBe(0);
			}
		},
	);

	test('a free-ratio variant shows the whole crop at its aspect ratio', async () => {
		const out = await render(upright, { width: 700 });
		expect(out.width).toBe(700);
		expect(out.height).toBe(Math.round((700 * 850) / 1408));
		expect(out.red).toBeGreaterThan(0);
		expect(out.blue).toBe(0);
	});

	test.each(['avif', 'webp', 'jpg'] as const)('encodes %s', async (format) => {
		const raw = await decodeRect(
			upright,
			{
				rect: { left: 0, top: 0, width: 1600, height: 1000 },
				sourceWidth: 1600,
				sourceHeight: 1000,
			},
			{ width: 400, height: 250 },
		);
		const meta = await sharp(await encodeRaw(raw, { width: 400, height: 250, format })).metadata();
		expect(meta).toMatchObject({
			width: 400,
			height: 250,
			format: format === 'jpg' ? 'jpeg' : format === 'avif' ? 'heif' : 'webp',
		});
	});
});

describe('scaleRect', () => {
	test('maps a rect for the declared size onto the real size and clamps it', () => {
		expect(
			scaleRect(
				{ left: 100, top: 50, width: 200, height: 100 },
				{ width: 400, height: 300 },
				{ width: 800, height: 600 },
			),
		).toEqual({
			left: 200,
			top: 100,
			width: 400,
			height: 200,
		});
		expect(
			scaleRect(
				{ left: 390, top: 0, width: 50, height: 300 },
				{ width: 400, height: 300 },
				{ width: 400, height: 300 },
			),
		).toEqual({
			left: 390,
			top: 0,
			width: 10,
			height: 300,
		});
	});
});

describe('baseSize', () => {
	test('is the largest output of a group', () => {
		expect(
			baseSize([
				{ width: 400, height: 250 },
				{ width: 1600, height: 1000 },
				{ width: 800, height: 500 },
			]),
		).toEqual({ width: 1600, height: 1000 });
	});
});
