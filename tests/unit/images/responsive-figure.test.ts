import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { IMAGE_SIZES } from '../../../src/consts.ts';
import { figureCaptionText, renderFigure } from '../../../src/render/figure.ts';
import { shown } from '../../helpers/images.ts';
import type { Figure } from '../../../src/sanity/schemas.ts';

const SHA = 'e'.repeat(40);
const figure: Figure = {
	_type: 'figure',
	alt: 'Kommunedirektørene står ute.',
	caption: 'Regiondirektøren og kommunedirektørene <i>i</i> Trøndelag.',
	credit: 'KS',
	asset: {
		_id: `image-${SHA}-1600x1067-jpg`,
		url: `file:///x/${SHA}-1600x1067.jpg`,
		width: 1600,
		height: 1067,
		size: 9,
		extension: 'jpg',
		lqip: 'data:image/jpeg;base64,QUJD',
	},
};
const render = (f: Figure, opts = {}) =>
	parse(renderFigure(shown(f), opts)).querySelector('figure')!;

describe('renderFigure (responsive images)', () => {
	test('renders picture, AVIF and WebP sources, and an img with size, sizes and lazy loading', () => {
		const el = render(figure);
		expect(el.getAttribute('class')).toBe('figure');
		const sources = el.querySelectorAll('picture > source');
		expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
		for (const s of sources) expect(s.getAttribute('sizes')).toBe(IMAGE_SIZES);
		const img = el.querySelector('picture > img')!;
		expect(img.attributes).toMatchObject({
			alt: 'Kommunedirektørene står ute.',
			width: '1600',
			height: '1067',
			sizes: IMAGE_SIZES,
			loading: 'lazy',
			decoding: 'async',
		});
		expect(img.getAttribute('src')).toMatch(/^\/bilder\/.+-1080x720-[0-9a-f]{10}\.jpg$/);
		expect(img.getAttribute('srcset')).toContain(' 1600w');
		expect(img.getAttribute('fetchpriority')).toBeUndefined();
		expect(img.getAttribute('style')).toBe(
			'background:url(data:image/jpeg;base64,QUJD) 50% 50%/cover no-repeat',
		);
	});

	test('loads the first image of a page early instead of lazily', () => {
		const img = render(figure, { eager: true }).querySelector('img')!;
		expect(img.getAttribute('fetchpriority')).toBe('high');
		expect(img.getAttribute('loading')).toBeUndefined();
		expect(img.getAttribute('decoding')).toBeUndefined();
	});

	test('takes another sizes and class', () => {
		const el = render(figure, { sizes: '100vw', className: 'lead' });
		expect(el.getAttribute('class')).toBe('figure lead');
		expect(el.querySelector('img')!.getAttribute('sizes')).toBe('100vw');
	});

	test('puts the caption and "Foto: <credit>" in the figcaption, escaped', () => {
		const html = renderFigure(shown(figure));
		expect(html).toContain(
			'<figcaption><span class="figure__caption">Regiondirektøren og kommunedirektørene &lt;i&gt;i&lt;/i&gt; Trøndelag.</span> <span class="figure__credit" data-pagefind-ignore>Foto: KS</span></figcaption>',
		);
	});

	test('keeps the credit out of the search index on pages only; feeds get no search markup', () => {
		const feed = renderFigure(shown(figure), { baseUrl: 'https://trondelag.example.no' });
		expect(feed).toContain('<span class="figure__credit">Foto: KS</span>');
		expect(feed).not.toContain('pagefind');
	});

	test('gives alt="" to decorative and alt-less images, never the caption', () => {
		expect(
			render({ ...figure, decorative: true })
				.querySelector('img')!
				.getAttribute('alt'),
		).toBe('');
		expect(
			render({ ...figure, alt: null })
				.querySelector('img')!
				.getAttribute('alt'),
		).toBe('');
	});

	test('leaves out an empty figcaption', () => {
		expect(renderFigure(shown({ ...figure, caption: null, credit: null }))).not.toContain(
			'figcaption',
		);
	});

	test('renders nothing for a figure without an asset', () => {
		expect(renderFigure({ ...shown(figure), asset: null as unknown as Figure['asset'] })).toBe('');
	});
});

describe('figureCaptionText', () => {
	test.each([
		[{ caption: 'Bildetekst.', credit: 'KS' }, 'Bildetekst. Foto: KS'],
		[{ caption: null, credit: 'KS' }, 'Foto: KS'],
		[{ caption: ' Bare tekst ', credit: null }, 'Bare tekst'],
	])('%j → %s', (input, expected) => {
		expect(figureCaptionText(input)).toBe(expected);
	});
});
