import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { figureCaptionText, renderFigure } from '../../../src/render/figure.ts';
import type { Figure } from '../../../src/sanity/schemas.ts';
import { imageContext, shown } from '../../helpers/images.ts';
import { parseSrcset } from '../../helpers/srcset.ts';

const SHA = '800b89a88a09f1bc4712b93528d6193a91ba23f1';
const file = resolve(
	import.meta.dirname,
	'..',
	'..',
	'..',
	'sanity-studio',
	'seed',
	'production',
	'images',
	`${SHA}-1600x1067.jpg`,
);

const figure = (fields: Partial<Figure> = {}): Figure => ({
	alt: 'Tina Øllgaard Bentzen og Jacob Brix står foran en forsamling.',
	caption: 'Tina Øllgaard Bentzen og Jacob Brix om ledelse av samskapelse.',
	credit: 'KS',
	asset: {
		_id: `image-${SHA}-1600x1067-jpg`,
		url: pathToFileURL(file).href,
		extension: 'jpg',
		mimeType: 'image/jpeg',
		originalFilename: 'bentzen-brix.jpg',
		size: 12012,
		width: 1600,
		height: 1067,
	},
	...fields,
});

/** Parses rendered figure HTML into the parts every figure must have. */
function parts(html: string) {
	const root = parse(html);
	const figures = root.querySelectorAll('figure');
	const imgs = root.querySelectorAll('figure img');
	return {
		figures,
		img: imgs[0],
		imgCount: imgs.length,
		figcaption: root.querySelector('figure > figcaption'),
	};
}

describe('figureCaptionText', () => {
	test.each([
		{
			caption: 'Regiondirektøren og kommunedirektørene.',
			credit: 'KS',
			expected: 'Regiondirektøren og kommunedirektørene. Foto: KS',
		},
		{ caption: '  Med mellomrom  ', credit: 'KS', expected: 'Med mellomrom Foto: KS' },
		{ caption: 'Bare bildetekst', credit: null, expected: 'Bare bildetekst' },
		{ caption: null, credit: 'Ola Nordmann', expected: 'Foto: Ola Nordmann' },
		{ caption: '', credit: '', expected: '' },
		{ caption: null, credit: null, expected: '' },
	])(
		'returns "$expected" for caption $caption and credit $credit',
		({ caption, credit, expected }) => {
			expect(figureCaptionText({ caption, credit })).toBe(expected);
		},
	);
});

describe('renderFigure', () => {
	test('renders one figure with one image and a figcaption holding caption and "Foto: <credit>"', () => {
		const { figures, img, imgCount, figcaption } = parts(renderFigure(shown(figure())));
		expect(figures).toHaveLength(1);
		expect(imgCount).toBe(1);
		expect(img?.getAttribute('alt')).toBe(
			'Tina Øllgaard Bentzen og Jacob Brix står foran en forsamling.',
		);
		expect(figcaption?.textContent.replace(/\s+/g, ' ').trim()).toBe(
			'Tina Øllgaard Bentzen og Jacob Brix om ledelse av samskapelse. Foto: KS',
		);
	});

	test('gives the image width and height with the aspect ratio of the original', () => {
		const { img } = parts(renderFigure(shown(figure())));
		const width = Number(img?.getAttribute('width'));
		const height = Number(img?.getAttribute('height'));
		expect(width).toBeGreaterThan(0);
		expect(height).toBeGreaterThan(0);
		expect(width / height).toBeCloseTo(1600 / 1067, 2);
	});

	test('gives the image a src', () => {
		expect(parts(renderFigure(shown(figure()))).img?.getAttribute('src')).toMatch(/\S/);
	});

	test.each([
		{ name: 'a missing alt', fields: { alt: null } },
		{ name: 'an empty alt', fields: { alt: '' } },
		{ name: 'a decorative image, even with alt text', fields: { decorative: true } },
	])('renders alt="" for $name', ({ fields }) => {
		const html = renderFigure(shown(figure(fields)));
		expect(parts(html).img?.getAttribute('alt')).toBe('');
		expect(html).toMatch(/<img\b[^>]*\salt=""/);
	});

	test('escapes alt text, caption and credit', () => {
		const html = renderFigure(
			shown(
				figure({
					alt: 'Et "sitat" <b>&</b>',
					caption: '<script>alert(1)</script>',
					credit: 'KS & <Co>',
				}),
			),
		);
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('<b>');
		expect(html).not.toContain('<Co>');
		const { img, figcaption } = parts(html);
		expect(img?.getAttribute('alt')).toBe('Et "sitat" <b>&</b>');
		expect(figcaption?.textContent).toContain('<script>alert(1)</script>');
		expect(figcaption?.textContent).toContain('Foto: KS & <Co>');
	});

	test('leaves the figcaption out when there is neither caption nor credit', () => {
		const { figcaption, imgCount } = parts(
			renderFigure(shown(figure({ caption: null, credit: null }))),
		);
		expect(figcaption).toBeNull();
		expect(imgCount).toBe(1);
	});

	test('shows only the credit when there is no caption', () => {
		expect(
			parts(renderFigure(shown(figure({ caption: '  ' })))).figcaption?.textContent.trim(),
		).toBe('Foto: KS');
	});

	test('loads lazily by default and eagerly, at high priority, when asked', () => {
		const lazy = parts(renderFigure(shown(figure()))).img;
		expect(lazy?.getAttribute('loading')).toBe('lazy');
		expect(lazy?.getAttribute('fetchpriority')).toBeUndefined();
		const eager = parts(renderFigure(shown(figure()), { eager: true })).img;
		expect(eager?.getAttribute('loading')).not.toBe('lazy');
		expect(eager?.getAttribute('fetchpriority')).toBe('high');
	});

	test('adds a class name to the figure', () => {
		const [el] = parts(renderFigure(shown(figure()), { className: 'lead__figure' })).figures;
		expect(el?.classList.contains('lead__figure')).toBe(true);
	});
});

describe('renderFigure with a base URL (feeds, e-mail)', () => {
	test('makes every self-hosted URL absolute where it is built', () => {
		const { img } = parts(renderFigure(shown(figure()), { baseUrl: 'https://ks.example.no' }));
		expect(img?.getAttribute('src')).toMatch(/^https:\/\/ks\.example\.no\/bilder\//);
		for (const { url } of parseSrcset(img!.getAttribute('srcset')!))
			expect(url).toMatch(/^https:\/\/ks\.example\.no\/bilder\/.+\.(jpg|png)$/);
	});

	test('keeps CDN URLs whole: the commas of a crop rect stay inside the URL', () => {
		const ctx = imageContext({ SANITY_PROJECT_ID: 'abc123', IMAGE_CDN: '1' });
		const cdn = figure({
			crop: { top: 0.1, bottom: 0.1, left: 0.05, right: 0.05 },
			asset: {
				...figure().asset,
				url: `https://cdn.sanity.io/images/abc123/production/${SHA}-1600x1067.jpg`,
			},
		});
		const { img } = parts(renderFigure(shown(cdn, ctx), { baseUrl: 'https://ks.example.no' }));
		const candidates = parseSrcset(img!.getAttribute('srcset')!);
		expect(candidates.length).toBeGreaterThan(3);
		for (const { url, descriptor } of candidates) {
			expect(url).toMatch(/^https:\/\/cdn\.sanity\.io\/.*\?rect=80,107,1440,853&w=\d+/);
			expect(descriptor).toMatch(/^\d+w$/);
		}
	});
});

describe('renderFigure with plain: true (feeds)', () => {
	test('is a plain <img> with a JPEG srcset: no <picture> and no loose <source> a feed sanitiser could keep', () => {
		const html = renderFigure(shown(figure()), {
			plain: true,
			baseUrl: 'https://trondelag.example.no',
		});
		expect(html).not.toContain('<picture');
		expect(html).not.toContain('<source');
		const img = parse(html).querySelector('figure > img')!;
		expect(img.getAttribute('src')).toMatch(/^https:\/\/trondelag\.example\.no\/bilder\/\S+\.jpg$/);
		expect(img.getAttribute('srcset')).not.toMatch(/\.(avif|webp)\b/);
		expect(img.getAttribute('style')).toBeUndefined();
	});
});
