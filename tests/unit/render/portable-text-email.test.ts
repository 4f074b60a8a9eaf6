/**
 * The e-mail variant of the portable-text renderer: the site's rules (safe links, escaping,
 * captions and credits, warnings) with e-mail output (absolute URLs, one image per figure).
 */
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { renderBody } from '../../../src/render/portable-text.ts';
import { ContentReport } from '../../../src/report/report.ts';
import * as attachments from '../../fixtures/010-attachments.ts';
import * as escaped from '../../fixtures/012-escaped-html.ts';
import * as figure from '../../fixtures/008-figure-with-caption-and-credit.ts';
import * as safe from '../../fixtures/006-safe-links.ts';
import * as unsafe from '../../fixtures/007-unsafe-links.ts';
import { shownBlocks } from '../../helpers/images.ts';

const SITE = 'https://trondelag.example.no';
const render = (input: unknown[], report = new ContentReport()) =>
	renderBody(
		shownBlocks(input),
		{ type: 'post', id: 'x', report },
		{ baseUrl: SITE, variant: 'email' },
	);
const site = (input: unknown[], report = new ContentReport()) =>
	renderBody(shownBlocks(input), { type: 'post', id: 'x', report });

describe('renderBody with variant email', () => {
	test('renders a figure as one absolute image with size and alt, then caption and credit', () => {
		const doc = parse(render(figure.input));
		expect(doc.querySelectorAll('picture, source, figure')).toHaveLength(0);
		const img = doc.querySelector('img')!;
		expect(img.getAttribute('src')).toMatch(/^https:\/\/trondelag\.example\.no\/bilder\/.+\.jpg$/);
		expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['552', '368']);
		expect(img.getAttribute('alt')).toBe(
			'Tina Øllgaard Bentzen og Jacob Brix står foran en forsamling.',
		);
		expect(doc.querySelector('.email-caption')?.textContent).toBe(
			'Tina Øllgaard Bentzen og Jacob Brix om ledelse av samskapelse. Foto: KS',
		);
	});

	test('the image file is one the page already publishes (a page variant of ≥ 2× the width)', () => {
		const src = parse(render(figure.input)).querySelector('img')!.getAttribute('src')!;
		const path = new URL(src).pathname;
		expect(path).toMatch(/-1280x\d+-/);
		expect(site(figure.input)).toContain(path);
	});

	test('links attachments absolutely, without the download attribute, with type and size', () => {
		const doc = parse(render(attachments.input));
		const link = doc.querySelector('a.attachment__link')!;
		expect(link.getAttribute('href')).toBe(
			`${SITE}/vedlegg/3f67acfe66a26f3b345e47c7d5b34d56975615c0/debattheft-2021.pdf`,
		);
		expect(link.hasAttribute('download')).toBe(false);
		expect(doc.querySelector('.attachment__meta')?.textContent).toBe('(PDF, 240 kB)');
		// The description on its own line without CSS (e-mail clients, the text part).
		expect(doc.querySelector('.attachment br + .attachment__description')?.textContent).toBe(
			'KS spør – Omstilling i koronaens tid',
		);
	});

	test('keeps the same safe links as the site, and reports the unsafe ones the same way', () => {
		expect(render(safe.input)).toBe(site(safe.input));
		const [mail, web] = [new ContentReport(), new ContentReport()];
		expect(render(unsafe.input, mail)).toBe(site(unsafe.input, web));
		expect(mail.warnings).toEqual(web.warnings);
		expect(mail.warnings.length).toBeGreaterThan(0);
	});

	test('escapes text and attributes exactly as the site does', () => {
		// The e-mail leaves out the site's separate «Last ned» link (`download` means nothing in a mail client).
		const normalise = (html: string) =>
			html.replace(/ <a class="attachment__download".*?<\/a>/, '').replace('<br>', '');
		expect(normalise(render(escaped.input))).toBe(normalise(site(escaped.input)));
		expect(render(escaped.input)).toContain('<br>');
	});

	test('makes hashtag links absolute', () => {
		const block = {
			_type: 'block',
			_key: 'b',
			style: 'normal',
			markDefs: [{ _type: 'topicLink', _key: 't', href: '/tema/samskaping/' }],
			children: [{ _type: 'span', _key: 's', text: '#samskaping', marks: ['t'] }],
		};
		expect(
			parse(render([block]))
				.querySelector('a')
				?.getAttribute('href'),
		).toBe(`${SITE}/tema/samskaping/`);
	});
});
