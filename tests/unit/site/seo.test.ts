import { describe, expect, test } from 'vitest';
import type { ShareImage } from '../../../src/content/share.ts';
import { buildSeo, formatPageTitle, jsonLd } from '../../../src/site/seo.ts';

const SITE = 'https://trondelag.example.no';
const share = (name: string, alt: string): ShareImage => ({
	url: `${SITE}/bilder/${name}-1200x630-0123456789.jpg`,
	width: 1200,
	height: 630,
	alt,
	type: 'image/jpeg',
	caption: '',
	credit: 'KS',
	bytes: 20_000,
});
const postShare = share('kommunedirektorene', 'Regiondirektøren og kommunedirektørene. Foto: KS');
const defaultShare = share('landskap', 'Landskap i Trøndelag. Foto: KS');
const settings = {
	title: 'KS Trøndelag – nyheter',
	shortName: 'KS Trøndelag',
	description: ' Nyheter fra KS Trøndelag. ',
	url: SITE,
	share: defaultShare,
};
const bare = { title: 'S', url: SITE, share: null };

describe('formatPageTitle', () => {
	const site = { title: 'KS Trøndelag – nyheter', shortName: 'KS Trøndelag' };
	test.each([
		{ title: 'God sommer', expected: 'God sommer – KS Trøndelag' },
		{ title: 'KS Trøndelag – nyheter', expected: 'KS Trøndelag – nyheter' },
		{ title: 'KS Trøndelag', expected: 'KS Trøndelag – nyheter' },
		{ title: '', expected: 'KS Trøndelag – nyheter' },
	])(
		'returns "$expected" for "$title" (the short name once, the front page in full)',
		({ title, expected }) => {
			expect(formatPageTitle(title, site)).toBe(expected);
		},
	);

	test.each([null, undefined, '  '])(
		'uses the full title when the short name is %j',
		(shortName) => {
			expect(formatPageTitle('God sommer', { title: 'KS Trøndelag – nyheter', shortName })).toBe(
				'God sommer – KS Trøndelag – nyheter',
			);
		},
	);
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
				share: postShare,
			},
			settings,
		);
		expect(seo).toMatchObject({
			title: 'God sommer – KS Trøndelag',
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
		expect(buildSeo({ title: 'X', path: '/' }, bare).description).toBe('');
	});

	test('shares the image the store decided for the page', () => {
		const seo = buildSeo(
			{ title: 'God sommer', path: '/nyheter/god-sommer-2023/', share: postShare },
			settings,
		);
		expect(seo.image).toBe(postShare);
	});

	test('shares the site default image when the page has none of its own', () => {
		expect(buildSeo({ title: 'B', path: '/b/' }, settings).image).toBe(defaultShare);
	});

	test('is indexable with a canonical URL unless the page says otherwise (404: neither)', () => {
		const page = buildSeo({ title: 'Tema', path: '/tema/' }, settings);
		expect(page).toMatchObject({ noindex: false, canonical: `${SITE}/tema/` });
		const notFound = buildSeo(
			{ title: 'Fant ikke siden', path: '/404.html', noindex: true, canonical: false },
			settings,
		);
		expect(notFound).toMatchObject({ noindex: true, canonical: null });
	});

	test('shares no image when there is none at all', () => {
		expect(buildSeo({ title: 'X', path: '/' }, bare).image).toBeNull();
	});

	test('marks a preview page: «[Forhåndsvisning]» before the title, and noindex', () => {
		const seo = buildSeo({ title: 'God sommer', path: '/nyheter/x/', preview: true }, settings);
		expect(seo).toMatchObject({
			title: '[Forhåndsvisning] God sommer – KS Trøndelag',
			noindex: true,
		});
		expect(
			buildSeo({ title: 'KS Trøndelag – nyheter', path: '/', preview: true }, settings).title,
		).toBe('[Forhåndsvisning] KS Trøndelag – nyheter');
	});
});

describe('jsonLd', () => {
	test('serialises data so it cannot close the script element', () => {
		const out = jsonLd({ headline: '</script><script>alert(1)</script>' });
		expect(out).not.toContain('<');
		expect(JSON.parse(out)).toEqual({ headline: '</script><script>alert(1)</script>' });
	});
});
