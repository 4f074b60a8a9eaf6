import { vercelStegaCombine, vercelStegaDecode } from '@vercel/stega';
import { describe, expect, test } from 'vitest';
import { ContentReport } from '../../../src/report/report.ts';
import {
	normalizeFigure,
	normalizePost,
	type ShownPostData,
} from '../../../src/content/normalize.ts';
import type { Figure } from '../../../src/sanity/schemas.ts';
import { shown } from '../../helpers/images.ts';

const asset = {
	_id: 'image-a-10x10-jpg',
	url: 'https://cdn.sanity.io/images/p/d/a-10x10.jpg',
	width: 10,
	height: 10,
};
const figure = (fields: Partial<Figure> = {}): Figure => ({
	alt: 'Alt',
	caption: 'Bildetekst',
	credit: 'KS',
	asset,
	...fields,
});
const ctx = () => ({ report: new ContentReport(), defaultCredit: 'KS' });
const warnings = (report: ContentReport) => report.warnings.map((w) => `${w.path}: ${w.reason}`);

const block = (text: string, extra: Record<string, unknown> = {}) => ({
	_type: 'block',
	_key: text.slice(0, 8),
	style: 'normal',
	markDefs: [],
	children: [{ _type: 'span', text, marks: [] }],
	...extra,
});
const post = (fields: Partial<ShownPostData> = {}): ShownPostData => ({
	_id: 'post-1',
	_type: 'post',
	title: 'Tittel',
	slug: 'tittel',
	kind: 'news',
	language: 'nb',
	publishedAt: '2023-06-23T08:00:00Z',
	excerpt: 'Ingress.',
	mainImage: null,
	body: [block('Første avsnitt.')],
	topics: [],
	allMunicipalities: false,
	municipalities: [],
	contact: null,
	deadline: null,
	signature: null,
	seo: null,
	facebook: null,
	...fields,
});

describe('normalizeFigure', () => {
	test.each([
		{ credit: 'KS', expected: 'KS', warned: false },
		{ credit: '  Ola Nordmann ', expected: 'Ola Nordmann', warned: false },
		{ credit: 'Foto: KS', expected: 'KS', warned: true },
		{ credit: 'foto:KS Trøndelag', expected: 'KS Trøndelag', warned: true },
		{ credit: 'FOTO :  Kari', expected: 'Kari', warned: true },
		{ credit: 'Fotograf Kari', expected: 'Fotograf Kari', warned: false },
		{ credit: null, expected: 'KS', warned: false },
		{ credit: '   ', expected: 'KS', warned: false },
	])('turns the credit $credit into "$expected"', ({ credit, expected, warned }) => {
		const c = ctx();
		expect(normalizeFigure(figure({ credit }), 'mainImage', 'post-1', 'post', c).credit).toBe(
			expected,
		);
		expect(c.report.warnings.some((w) => w.path === 'mainImage.credit')).toBe(warned);
	});

	test('uses the site default credit', () => {
		const c = { report: new ContentReport(), defaultCredit: 'KS Trøndelag' };
		expect(normalizeFigure(figure({ credit: null }), 'mainImage', 'p', 'post', c).credit).toBe(
			'KS Trøndelag',
		);
	});

	test.each([
		{ name: 'missing', alt: null },
		{ name: 'blank', alt: '  ' },
	])('warns about $name alt text, naming the field, and renders alt=""', ({ alt }) => {
		const c = ctx();
		expect(normalizeFigure(figure({ alt }), 'body[3]', 'post-1', 'post', c).alt).toBe('');
		expect(warnings(c.report)).toEqual(['body[3].alt: mangler alternativ tekst; vist med alt=""']);
		expect(c.report.warnings[0]?.id).toBe('post-1');
	});

	test('does not ask for alt text on a decorative image', () => {
		const c = ctx();
		normalizeFigure(figure({ alt: null, decorative: true }), 'mainImage', 'post-1', 'post', c);
		expect(c.report.warnings).toEqual([]);
	});

	test('trims alt text and keeps the other fields', () => {
		const out = normalizeFigure(figure({ alt: '  Alt  ' }), 'mainImage', 'p', 'post', ctx());
		expect(out).toEqual({ alt: 'Alt', caption: 'Bildetekst', credit: 'KS', asset });
	});
});

describe('normalizePost', () => {
	test('keeps a good excerpt and renders the body once, with the Oslo year', () => {
		const c = ctx();
		const out = normalizePost(post({ publishedAt: '2020-12-31T23:30:00Z' }), c);
		expect(out).toMatchObject({
			excerpt: 'Ingress.',
			bodyHtml: '<p>Første avsnitt.</p>',
			year: 2021,
			mainImage: null,
		});
		expect(c.report.issues).toEqual([]);
	});

	test('takes a missing excerpt from the first paragraph, not from headings or lists', () => {
		const c = ctx();
		const body = [
			block('Overskrift', { style: 'h2' }),
			block('Punkt', { listItem: 'bullet', level: 1 }),
			block('   '),
			block('Avsnittet.'),
		];
		expect(normalizePost(post({ excerpt: null, body }), c).excerpt).toBe('Avsnittet.');
		expect(warnings(c.report)).toEqual(['excerpt: mangler ingress; bruker første avsnitt']);
	});

	test('reads a block without a style as a paragraph', () => {
		const body = [
			{
				_type: 'block',
				_key: 'b',
				markDefs: [],
				children: [{ _type: 'span', text: 'Uten stil.', marks: [] }],
			},
		];
		expect(normalizePost(post({ excerpt: null, body }), ctx()).excerpt).toBe('Uten stil.');
	});

	test('cuts a long first paragraph used as excerpt to 300 characters', () => {
		const long = 'Ord '.repeat(120).trim();
		const { excerpt } = normalizePost(post({ excerpt: '', body: [block(long)] }), ctx());
		expect(excerpt.length).toBeLessThanOrEqual(300);
		expect(excerpt.endsWith('Ord…')).toBe(true);
	});

	test('has an empty excerpt when there is neither excerpt nor paragraph', () => {
		expect(normalizePost(post({ excerpt: null, body: [] }), ctx()).excerpt).toBe('');
	});

	test('warns about an empty body', () => {
		const c = ctx();
		expect(normalizePost(post({ body: [] }), c).bodyHtml).toBe('');
		expect(warnings(c.report)).toEqual(['body: tom brødtekst; viser bare ingressen']);
	});

	test('normalises the main image and body figures with their field paths', () => {
		const c = ctx();
		const out = normalizePost(
			post({
				mainImage: shown(figure({ credit: 'Foto: KS' })),
				body: [block('Tekst.'), { ...figure({ alt: null }), _type: 'figure', _key: 'f' }],
			}),
			c,
		);
		expect(out.mainImage?.credit).toBe('KS');
		expect(warnings(c.report)).toEqual([
			'body[1].alt: mangler alternativ tekst; vist med alt=""',
			'mainImage.credit: "Foto:" skrives av nettstedet; fjernet fra "Foto: KS"',
		]);
	});

	test.each([
		{ facebook: null, share: false, text: 'Ingress.' },
		{ facebook: { share: true, message: null }, share: true, text: 'Ingress.' },
		{ facebook: { share: true, message: '   ' }, share: true, text: 'Ingress.' },
		{ facebook: { share: true, message: '  Egen tekst.  ' }, share: true, text: 'Egen tekst.' },
		{ facebook: { share: false, message: 'Egen tekst.' }, share: false, text: 'Egen tekst.' },
	])('decides the Facebook text once: $facebook', ({ facebook, share, text }) => {
		const out = normalizePost(post({ facebook }), ctx());
		expect([out.shareOnFacebook, out.facebookText]).toEqual([share, text]);
	});

	test('cuts a Facebook text over 500 characters at a word, with a warning', () => {
		const c = ctx();
		const message = 'Ord '.repeat(200).trim();
		const out = normalizePost(post({ facebook: { share: true, message } }), c);
		expect(out.facebookText.length).toBeLessThanOrEqual(500);
		expect(out.facebookText.endsWith('Ord…')).toBe(true);
		expect(warnings(c.report)).toEqual(['facebook.message: 799 tegn, over 500; forkortet']);
	});

	test('counts only visible characters: a stega edit link (live preview) is kept, never cut', () => {
		const link = { origin: 'sanity.io', href: '/studio/intent/edit/id=post-1;path=excerpt' };
		const c = ctx();
		const short = vercelStegaCombine('Kort ingress.', link, false);
		expect(normalizePost(post({ excerpt: short }), c).excerpt).toBe(short);
		const long = vercelStegaCombine('Ord '.repeat(100).trim(), link, false);
		const cut = normalizePost(post({ excerpt: long }), c).excerpt;
		expect(cut).toMatch(/^(Ord ){70,}Ord…/);
		expect(vercelStegaDecode(cut)).toEqual(link);
		expect(warnings(c.report)).toEqual(['excerpt: 399 tegn, over 300; forkortet']);
	});
});
