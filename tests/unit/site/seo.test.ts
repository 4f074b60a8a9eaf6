import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildSeo, formatPageTitle, jsonLd, shareImageAlt } from '../../../src/site/seo.ts';
import type { Figure } from '../../../src/sanity/schemas.ts';

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
const defaultImage = image('085131227567c8efd7dc1692d04f47f0c1679e69', 1200, 630, {
	alt: 'Landskap i Trøndelag',
	caption: null,
});
const settings = {
	title: 'KS Trøndelag – nyheter',
	description: ' Nyheter fra KS Trøndelag. ',
	url: SITE,
	defaultImage,
};

describe('formatPageTitle', () => {
	test.each([
		{ title: 'God sommer', site: 'KS Trøndelag', expected: 'God sommer – KS Trøndelag' },
		{ title: 'KS Trøndelag', site: 'KS Trøndelag', expected: 'KS Trøndelag' },
		{ title: '', site: 'KS Trøndelag', expected: 'KS Trøndelag' },
	])('returns "$expected" for "$title"', ({ title, site, expected }) => {
		expect(formatPageTitle(title, site)).toBe(expected);
	});
});

describe('buildSeo', () => {
	test('builds an article page: full title, description, absolute canonical, date', () => {
		const seo = buildSeo(
			{
				title: 'God sommer',
				description: 'Ingress.',
				path: '/nyheter/god-sommer-2023/',
				type: 'article',
				publishedAt: '2023-06-23T08:00:00Z',
				image: postImage,
			},
			settings,
		);
		expect(seo).toMatchObject({
			title: 'God sommer – KS Trøndelag – nyheter',
			description: 'Ingress.',
			canonical: `${SITE}/nyheter/god-sommer-2023/`,
			type: 'article',
			siteName: 'KS Trøndelag – nyheter',
			publishedAt: '2023-06-23T08:00:00Z',
		});
	});

	test('falls back to the site description, trimmed, and to type website', () => {
		const seo = buildSeo({ title: 'Tema', path: '/tema/' }, settings);
		expect(seo.description).toBe('Nyheter fra KS Trøndelag.');
		expect(seo.type).toBe('website');
		expect(seo.canonical).toBe(`${SITE}/tema/`);
	});

	test('has an empty description when neither page nor site has one', () => {
		expect(buildSeo({ title: 'X', path: '/' }, { title: 'S', url: SITE }).description).toBe('');
	});

	test('shares the page image as an absolute 1200×630 JPEG whose alt text carries the credit', () => {
		const seo = buildSeo(
			{ title: 'God sommer', path: '/nyheter/god-sommer-2023/', image: postImage },
			settings,
		);
		expect(seo.image).toEqual({
			url: expect.stringMatching(new RegExp(`^${SITE}/\\S+\\.jpg$`)),
			width: 1200,
			height: 630,
			type: 'image/jpeg',
			alt: 'Regiondirektøren og kommunedirektørene. Foto: KS',
		});
	});

	test('shares the site default image when the page has none', () => {
		const own = buildSeo({ title: 'A', path: '/a/', image: postImage }, settings).image?.url;
		const fallback = buildSeo({ title: 'B', path: '/b/' }, settings).image;
		expect(fallback?.url).toMatch(new RegExp(`^${SITE}/`));
		expect(fallback?.url).not.toBe(own);
		expect(fallback?.alt).toBe('Landskap i Trøndelag. Foto: KS');
	});

	test('shares no image when there is none at all', () => {
		expect(buildSeo({ title: 'X', path: '/' }, { title: 'S', url: SITE }).image).toBeUndefined();
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

describe('jsonLd', () => {
	test('serialises data so it cannot close the script element', () => {
		const out = jsonLd({ headline: '</script><script>alert(1)</script>' });
		expect(out).not.toContain('<');
		expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script>' });
	});
});
