/** The seed build (tests/build/setup.ts) as a reader sees it: pages, figures, attachments, lists, CSP. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { seedPages } from '../helpers/seed-pages.ts';
import { listFiles, readPage } from '../helpers/dist.ts';
import { createHash } from 'node:crypto';

const build = inject('seedBuild');
let slugs: string[];
let htmlFiles: string[];

beforeAll(async () => {
	({ slugs, htmlFiles } = await seedPages(build.outDir));
});

/** A CSP hash source of an inline script's exact text (CSP Level 3 §2.3.1). */
const hashSource = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('build from the seed dataset: pages', () => {
	test('succeeds and reports no content problems', () => {
		expect(build.exitCode, build.output).toBe(0);
		expect(build.output).toContain('Innholdsrapport: ingen feil eller advarsler');
	});

	test('has at least 14 published posts over at least 4 years, each with a page', async () => {
		expect(slugs.length).toBeGreaterThanOrEqual(14);
		for (const slug of slugs)
			expect(existsSync(join(build.outDir, 'nyheter', slug, 'index.html')), slug).toBe(true);
		const years = (await listFiles(join(build.outDir, 'arkiv'))).map((f) => f.split('/')[0]);
		expect(new Set(years).size).toBeGreaterThanOrEqual(4);
	});

	test('every page has lang nb, one h1, a skip link to main, canonical (but 404) and feed links', async () => {
		for (const file of htmlFiles) {
			const page = await readPage(build.outDir, `/${file}`);
			expect(page.querySelector('html')?.getAttribute('lang'), file).toBe('nb');
			expect(page.querySelectorAll('h1'), file).toHaveLength(1);
			expect(page.querySelector('a.skip-link')?.getAttribute('href'), file).toBe('#main');
			expect(page.querySelector('main#main'), file).not.toBeNull();
			// The 404 page is served for any missing address: it has no canonical one (and is noindex).
			if (file !== '404.html')
				expect(page.querySelector('link[rel=canonical]')?.getAttribute('href'), file).toMatch(
					/^https:\/\//,
				);
			expect(
				page.querySelector('link[rel=alternate][type="application/rss+xml"]'),
				file,
			).not.toBeNull();
		}
	});

	test("every page carries Astro's Content-Security-Policy: hashed scripts, no inline styles but attributes", async () => {
		for (const file of htmlFiles) {
			const html = await readFile(join(build.outDir, file), 'utf8');
			const page = await readPage(build.outDir, `/${file}`);
			const csp = page
				.querySelector('meta[http-equiv="content-security-policy"]')
				?.getAttribute('content');
			expect(csp, file).toBeTruthy();
			expect(html.indexOf('http-equiv="content-security-policy"'), file).toBeLessThan(
				// A meta policy governs only what follows it; JSON-LD is data, not script.
				html.search(/<(style|script(?! type="application\/ld\+json")|link rel="stylesheet")/),
			);
			const directive = (name: string) =>
				new RegExp(`(?:^|;)\\s*${name} ([^;]*)`).exec(csp!)?.[1]?.trim().split(/\s+/) ?? [];
			expect(directive('script-src'), file).not.toContain("'unsafe-inline'");
			expect(directive('script-src'), file).not.toContain("'unsafe-eval'");
			expect(directive('style-src-elem'), file).not.toContain("'unsafe-inline'");
			expect(directive('style-src-attr'), file).toEqual(["'unsafe-inline'"]);
			expect(directive('img-src'), file).toEqual(["'self'", 'data:']);
			expect(directive('object-src'), file).toEqual(["'none'"]);
			// Script files and WebAssembly only where Pagefind runs.
			const search = file === 'sok/index.html';
			expect(directive('script-src').includes("'self'"), file).toBe(search);
			expect(directive('script-src').includes("'wasm-unsafe-eval'"), file).toBe(search);
			// Every executable inline script (search, copy link) has its hash in script-src.
			for (const script of page.querySelectorAll('script:not([type="application/ld+json"])'))
				expect(directive('script-src'), file).toContain(hashSource(script.textContent));
		}
	});

	test('ships client JavaScript only on /sok/ (Pagefind) and post pages (copy link), inline and hashed', async () => {
		for (const file of htmlFiles) {
			const page = await readPage(build.outDir, `/${file}`);
			const allowed = /^(sok|nyheter\/[^/]+)\/index\.html$/.test(file);
			const scripts = page.querySelectorAll('script:not([type="application/ld+json"])');
			expect(scripts.length, file).toBe(allowed ? 1 : 0);
			for (const s of scripts) expect(s.getAttribute('src'), file).toBeUndefined();
		}
		// Script files: Pagefind's own bundle, which only /sok/ loads.
		const js = (await listFiles(build.outDir)).filter((f) => f.endsWith('.js'));
		expect(js.length).toBeGreaterThan(0);
		expect(js.filter((f) => !f.startsWith('pagefind/'))).toEqual([]);
	});

	test('the 2023 summer greeting shows both photos with caption and "Foto: KS"', async () => {
		const page = await readPage(build.outDir, '/nyheter/god-sommer-2023/');
		const figures = page.querySelectorAll('figure');
		expect(figures).toHaveLength(2);
		for (const f of figures) {
			const img = f.querySelector('img')!;
			expect(img.getAttribute('alt')?.length).toBeGreaterThan(10);
			expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
			expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
			expect(f.querySelector('figcaption')?.text).toContain('Foto: KS');
		}
		expect(figures[0]!.querySelector('figcaption')?.text).toContain(
			'Regiondirektør Annikken Kjær Haraldsen',
		);
		expect(figures[1]!.querySelector('figcaption')?.text).toContain(
			'Tina Øllgaard Bentzen og Jacob Brix',
		);
		expect(page.querySelector('time')?.text).toBe('23. juni 2023');
		expect(page.querySelector('.article__body a.hashtag')?.getAttribute('href')).toBe(
			'/tema/valglofte2023/',
		);
	});

	test('the Debattheft newsletter has its attachments, deadline, date and contact person', async () => {
		const page = await readPage(build.outDir, '/nyheter/debattheftet-2021/');
		const links = page.querySelectorAll('a.attachment__link');
		expect(links.map((a) => a.text)).toEqual([
			'Debattheft 2021',
			'Mal til sektoren om debattheft 2021',
		]);
		const metas = page.querySelectorAll('.attachment__meta').map((m) => m.text);
		expect(metas[0]).toMatch(/^\(PDF, \d+ (B|kB)\)$/);
		expect(metas[1]).toMatch(/^\(Word, \d+ (B|kB)\)$/);
		for (const a of links)
			expect(
				existsSync(join(build.outDir, decodeURIComponent(a.getAttribute('href')!))),
				a.getAttribute('href'),
			).toBe(true);
		expect(page.querySelector('.deadline-box')?.text).toContain('1. mars 2021');
		expect(page.querySelector('.article__meta time')?.text).toBe('11. desember 2020');
		const contact = page.querySelector('.contact-card')!;
		expect(contact.text).toContain('Seniorrådgiver');
		expect(contact.querySelector('a[href^="mailto:"]')?.getAttribute('href')).toMatch(
			/@example\.no$/,
		);
		expect(contact.querySelector('a[href^="tel:"]')).not.toBeNull();
		expect(page.text).toContain('2. mars');
		// Sent to every municipality: one line instead of a wall of names.
		expect(page.querySelector('.article__municipalities')?.text).toBe(
			'Gjelder kommuner: Alle kommuner i Trøndelag',
		);
	});

	test('paginates the news list 12 per page (whole rows of 1, 2 or 3 cards) under /nyheter/side/N/', async () => {
		const pages = Math.ceil(slugs.length / 12);
		expect(pages).toBeGreaterThanOrEqual(2);
		const first = await readPage(build.outDir, '/nyheter/');
		expect(first.querySelectorAll('.post-list > li')).toHaveLength(12);
		let total = 12;
		for (let n = 2; n <= pages; n++)
			total += (await readPage(build.outDir, `/nyheter/side/${n}/`)).querySelectorAll(
				'.post-list > li',
			).length;
		expect(total).toBe(slugs.length);
		expect(existsSync(join(build.outDir, 'nyheter', 'side', '1'))).toBe(false);
		expect(existsSync(join(build.outDir, 'nyheter', 'side', String(pages + 1)))).toBe(false);
		expect(first.querySelector('a[rel=next]')?.getAttribute('href')).toBe('/nyheter/side/2/');
	});

	test('the summer-greeting archive groups greetings by year, newest first, each with photo and caption', async () => {
		const page = await readPage(build.outDir, '/sommerhilsener/');
		const years = page.querySelectorAll('.year-group h2').map((h) => Number(h.text));
		expect(years.length).toBeGreaterThanOrEqual(4);
		expect(years).toEqual([...years].sort((a, b) => b - a));
		for (const group of page.querySelectorAll('.year-group')) {
			const year = group.querySelector('h2')!.text;
			for (const greeting of group.querySelectorAll('article')) {
				expect(greeting.querySelector('time')?.text).toContain(year);
				expect(greeting.querySelector('figure figcaption')?.text).toContain('Foto: KS');
			}
		}
		expect(
			page.querySelector('#year-2023 ~ article a, .year-group a[href="/nyheter/god-sommer-2023/"]'),
		).not.toBeNull();
	});

	test('year archives and topic pages list their posts', async () => {
		const archive = await readPage(build.outDir, '/arkiv/2023/');
		expect(archive.querySelector('h1')?.text).toBe('Arkiv 2023');
		expect(archive.querySelector('a[href="/nyheter/god-sommer-2023/"]')).not.toBeNull();
		const topic = await readPage(build.outDir, '/tema/arhuskompasset/');
		expect(topic.querySelector('h1')?.text).toBe('Århuskompasset');
		expect(topic.querySelector('a[href="/nyheter/studietur-arhus-2023/"]')).not.toBeNull();
		const topics = await readPage(build.outDir, '/tema/');
		expect(topics.querySelectorAll('.topic-index > li').length).toBeGreaterThanOrEqual(10);
		expect(existsSync(join(build.outDir, '404.html'))).toBe(true);
	});

	test('each municipality page lists as many posts as /kommuner/ counts, or says there are none yet', async () => {
		const index = await readPage(build.outDir, '/kommuner/');
		const entries = index.querySelectorAll('.municipality-list li');
		expect(entries).toHaveLength(39);
		for (const li of entries) {
			const href = li.querySelector('a')!.getAttribute('href')!;
			const count = Number(/\d+/.exec(li.querySelector('.municipality-list__count')!.text)![0]);
			const page = await readPage(build.outDir, href);
			const listed = page.querySelectorAll('.post-list > li').length;
			if (count === 0)
				expect(page.querySelector('.empty')?.text, href).toMatch(/^Ingen saker om .+ ennå\.$/);
			else expect(listed, href).toBe(Math.min(count, 10));
		}
	});
});
