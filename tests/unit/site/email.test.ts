/**
 * E-mail editions and digests built from the embedded seed at a pinned clock: what every e-mail
 * must be (tests/helpers/email.ts), client support, the text part, and what each one contains.
 */
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { deadlineState } from '../../../src/lib/deadline.ts';
import { buildStore, type Post, type Store } from '../../../src/content/store.ts';
import { createLocalSource } from '../../../src/sanity/local-source.ts';
import { ContentReport } from '../../../src/report/report.ts';
import {
	buildDigestEmail,
	formatPeriod,
	monthPeriod,
} from '../../../src/site/email/digest-email.ts';
import { emailMjml, renderEmail, textSection } from '../../../src/site/email/email-shell.ts';
import { buildPostEmail, type EmailContext } from '../../../src/site/email/post-email.ts';
import { emailClientErrors, emailProblems, linksMissingFromText } from '../../helpers/email.ts';
import { readSeed } from '../../helpers/dataset.ts';

const SITE = 'https://trondelag.example.no';
const NOW = new Date('2026-11-30T12:00:00Z');
let store: Store;
let ctx: EmailContext;
const post = (slug: string): Post => store.posts.find((p) => p.slug === slug)!;

beforeAll(async () => {
	const { seed } = await readSeed();
	store = await buildStore(createLocalSource(seed), { now: NOW, report: new ContentReport() });
	ctx = { settings: store.settings, now: NOW, unsubscribe: '*|UNSUB|*' };
}, 120_000);

describe('buildPostEmail', () => {
	test('marks a nynorsk post’s own text, and keeps the e-mail itself bokmål', async () => {
		const { html } = await buildPostEmail(post('velkomne-nye-ordforarar-2023'), ctx);
		const root = parse(html);
		expect(root.querySelector('html')?.getAttribute('lang')).toBe('nb');
		const marked = root.querySelectorAll('[lang="nn"]').map((el) => el.textContent);
		expect(marked[0]).toBe('Velkomne, nye ordførarar – vi møtest på Arena Trøndelag');
		expect(marked.join(' ')).toContain('Vi gler oss til å møte dykk');
		expect(marked.join(' ')).toContain('KS Trøndelag ønskjer alle nye folkevalde velkomne.');
		// The site's labels around it stay unmarked bokmål.
		expect(root.querySelector('.email-meta')?.getAttribute('lang')).toBeUndefined();
	});

	test('a bokmål post marks only its parts in other languages', async () => {
		const { html } = await buildPostEmail(post('folkevalgtprogrammet-2023'), ctx);
		// The e-mail's own language (<html>, MJML's body wrapper) is nb; the quote alone is nn.
		const marked = parse(html)
			.querySelectorAll('[lang]')
			.filter((el) => el.getAttribute('lang') !== 'nb');
		expect(marked.map((el) => [el.getAttribute('lang'), el.textContent])).toEqual([
			['nn', 'Velkomne, nye ordførarar – vi møtest på Arena Trøndelag'],
		]);
	});

	test.each(['god-sommer-2023', 'debattheftet-2021'])(
		'%s is a valid e-mail with no Outlook or Gmail errors and a complete text part',
		async (slug) => {
			const { html, text } = await buildPostEmail(post(slug), ctx);
			expect(emailProblems(html, SITE, '*|UNSUB|*')).toEqual([]);
			expect(emailClientErrors(html)).toEqual([]);
			expect(linksMissingFromText(html, text)).toEqual([]);
			expect(text).not.toMatch(/<[a-z]/i);
		},
	);

	test('shows the figures with absolute image URLs, size, alt text, caption and credit', async () => {
		const doc = parse((await buildPostEmail(post('god-sommer-2023'), ctx)).html);
		const images = doc.querySelectorAll('img');
		// The main image spans the e-mail; body figures sit in the 552 px text column.
		expect(images.map((img) => img.getAttribute('width'))).toEqual(['600', '552']);
		for (const img of images) {
			expect(img.getAttribute('src')).toMatch(
				/^https:\/\/trondelag\.example\.no\/bilder\/.+\.jpg$/,
			);
			expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
			expect(img.getAttribute('alt')).toBeTruthy();
		}
		expect(doc.querySelectorAll('picture, figure, source')).toHaveLength(0);
		const captions = doc.querySelectorAll('.email-caption').map((c) => c.textContent);
		expect(captions.every((c) => c.includes('Foto: KS'))).toBe(true);
	});

	test('has the deadline (expired), attachments with type and size, contact and footer', async () => {
		const { html, text } = await buildPostEmail(post('debattheftet-2021'), ctx);
		const doc = parse(html);
		expect(doc.querySelector('.email-box')?.textContent).toBe('Svarfrist: 1. mars 2021 (utløpt)');
		const attachments = doc.querySelectorAll('.attachment').map((a) => a.textContent);
		expect(attachments[0]).toMatch(/^Debattheft 2021 \(PDF, \d+ kB\)/);
		expect(doc.querySelector('a.attachment__link')?.getAttribute('href')).toMatch(
			/^https:\/\/trondelag\.example\.no\/vedlegg\/[a-f0-9]{16}\/debattheft-2021\.pdf$/,
		);
		expect(doc.querySelector('a.attachment__link')?.hasAttribute('download')).toBe(false);
		expect(doc.querySelector('.email-contact')?.textContent).toContain('kari.nordvik@example.no');
		expect(doc.querySelector('a[href="*|UNSUB|*"]')?.textContent).toBe('Meld deg av');
		expect(text).toContain(
			'Les på nettsiden [https://trondelag.example.no/nyheter/debattheftet-2021/]',
		);
	});

	test('an open deadline has no "utløpt" (the state the store decided at the build clock)', async () => {
		const early = { ...ctx, now: new Date('2021-02-20T12:00:00Z') };
		const open = {
			...post('debattheftet-2021'),
			deadlineStatus: deadlineState('2021-03-01', early.now),
		};
		const { html } = await buildPostEmail(open, early);
		expect(parse(html).querySelector('.email-box')?.textContent).toBe('Svarfrist: 1. mars 2021');
	});

	test('escapes content: a title with markup stays text', async () => {
		const hostile = { ...post('debattheftet-2021'), title: '<img src=x onerror=alert(1)> & «KS»' };
		const { html } = await buildPostEmail(hostile, ctx);
		expect(parse(html).querySelector('h1')?.textContent).toBe(
			'<img src=x onerror=alert(1)> & «KS»',
		);
		expect(html).not.toContain('<img src=x');
	});

	test('loads no web font: MJML’s default font import is off', async () => {
		const { html } = await buildPostEmail(post('god-sommer-2026'), ctx);
		expect(html).not.toMatch(/fonts\.googleapis|@import|<link/);
	});
});

describe('buildDigestEmail', () => {
	test('puts the lead post first, then the other posts, upcoming events and no expired deadlines', async () => {
		const { html, text } = await buildDigestEmail(monthPeriod('2023-06'), store, ctx);
		expect(emailProblems(html, SITE, '*|UNSUB|*')).toEqual([]);
		expect(emailClientErrors(html)).toEqual([]);
		expect(linksMissingFromText(html, text)).toEqual([]);
		const doc = parse(html);
		expect(doc.querySelector('h1')?.textContent).toBe('Nyhetsbrev: juni 2023');
		const h2 = doc.querySelectorAll('h2').map((h) => h.textContent);
		expect(h2).toEqual(['God sommer fra KS Trøndelag', 'Flere saker', 'Kommende arrangementer']);
		expect(doc.querySelectorAll('h3').map((h) => h.textContent)).toEqual([
			'Ledelse av samskapelse: hvor er handlingsrommet?',
			'Arena Trøndelag 2028',
		]);
	});

	test('lists open deadlines at the end while they are open', async () => {
		const early = { ...ctx, now: new Date('2021-02-20T12:00:00Z') };
		const { html } = await buildDigestEmail(monthPeriod('2021-02'), store, early);
		const sections = parse(html)
			.querySelectorAll('h2')
			.map((h) => h.textContent);
		expect(sections.at(-1)).toBe('Frister');
		expect(html).toContain('Svarfrist: 1. mars 2021');
	});

	test('says so when the period has no posts', async () => {
		const { html } = await buildDigestEmail({ from: '2025-01-01', to: '2025-01-31' }, store, ctx);
		expect(parse(html).querySelector('.email-ingress')?.textContent).toMatch(
			/^Vi publiserte ingen saker/,
		);
	});

	test.each([
		[{ from: '2026-11-01', to: '2026-11-30' }, 'november 2026'],
		[{ from: '2026-11-03', to: '2026-11-16' }, '3.–16. november 2026'],
	])('formatPeriod(%o) is "%s"', (period, expected) => {
		expect(formatPeriod(period)).toBe(expected);
	});
});

describe('renderEmail', () => {
	const doc = {
		title: 'Prøve',
		preview: 'Prøve',
		sender: { title: 'KS Trøndelag', url: SITE },
		webUrl: `${SITE}/`,
		unsubscribe: '{{unsubscribe_url}}',
	};

	test('surfaces MJML validation errors instead of rendering broken markup', async () => {
		await expect(
			renderEmail({
				...doc,
				sections: ['<mj-section><mj-text>utenfor kolonne</mj-text></mj-section>'],
			}),
		).rejects.toThrow(/mj-text/);
	});

	test('declares the language, colour schemes and the e-mail marker in the MJML head', () => {
		const mjml = emailMjml({ ...doc, sections: [textSection('<h1>Prøve</h1>')] });
		expect(mjml).toContain('<mjml lang="nb">');
		expect(mjml).toContain('<meta name="color-scheme" content="light dark">');
		expect(mjml).toContain('<meta name="x-edition" content="email">');
	});
});
