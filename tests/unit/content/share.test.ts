import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { decideShareImage, shareFigure, shareImageAlt } from '../../../src/content/share.ts';
import type { Figure } from '../../../src/sanity/schemas.ts';
import { imageContext } from '../../helpers/images.ts';

const SITE = 'https://trondelag.example.no';
const image = (
	name: string,
	width: number,
	height: number,
	fields: Partial<Figure> = {},
): Figure => ({
	alt: 'Regiondirektøren og kommunedirektørene',
	caption: 'Kommunedirektørene i Trøndelag.',
	credit: 'KS',
	asset: {
		_id: `image-${name}-${width}x${height}-jpg`,
		url: pathToFileURL(
			resolve(
				import.meta.dirname,
				'../../../sanity-studio/seed/production/images',
				`${name}-${width}x${height}.jpg`,
			),
		).href,
		extension: 'jpg',
		mimeType: 'image/jpeg',
		size: 20681,
		width,
		height,
	},
	...fields,
});
const postImage = image('0af3c3e5b5d9af25495709467d3eed41320324d2', 1600, 1067);

describe('decideShareImage', () => {
	test('is an absolute 1200×630 JPEG with its byte size and an alt text that carries the credit', async () => {
		const share = await decideShareImage(imageContext(), postImage, SITE);
		expect(share).toEqual({
			url: expect.stringMatching(new RegExp(`^${SITE}/bilder/\\S+-1200x630-[0-9a-f]{10}\\.jpg$`)),
			width: 1200,
			height: 630,
			type: 'image/jpeg',
			alt: 'Regiondirektøren og kommunedirektørene. Foto: KS',
			caption: 'Kommunedirektørene i Trøndelag.',
			credit: 'KS',
			bytes: expect.any(Number),
		});
		expect(share.bytes).toBeGreaterThan(1000);
	});
});

describe('shareFigure', () => {
	const other = image('085131227567c8efd7dc1692d04f47f0c1679e69', 1200, 630);
	test.each([
		{
			name: 'the SEO image first',
			post: { seo: { image: other }, mainImage: postImage },
			expected: other,
		},
		{ name: 'else the main image', post: { seo: null, mainImage: postImage }, expected: postImage },
		{ name: 'else none', post: { seo: { image: null }, mainImage: null }, expected: null },
	])('chooses $name', ({ post, expected }) => {
		expect(shareFigure(post)).toBe(expected);
	});
});

describe('shareImageAlt', () => {
	test.each([
		{ fields: { alt: 'Et bilde', caption: 'Tekst', credit: 'KS' }, expected: 'Et bilde. Foto: KS' },
		{ fields: { alt: 'Et bilde!', caption: null, credit: 'KS' }, expected: 'Et bilde! Foto: KS' },
		{
			fields: { alt: null, caption: 'Bildeteksten', credit: 'KS' },
			expected: 'Bildeteksten. Foto: KS',
		},
		{
			fields: { alt: 'Pynt', caption: 'Bildeteksten.', credit: 'KS', decorative: true },
			expected: 'Bildeteksten. Foto: KS',
		},
		{ fields: { alt: 'Et bilde', caption: null, credit: null }, expected: 'Et bilde.' },
		{ fields: { alt: null, caption: null, credit: 'KS' }, expected: 'Foto: KS' },
	])('returns "$expected"', ({ fields, expected }) => {
		expect(shareImageAlt(fields)).toBe(expected);
	});
});
