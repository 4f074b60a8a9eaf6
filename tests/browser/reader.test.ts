/**
 * What a leader meets first (issue 29), in Chromium: the menu on a phone (one row, «Meny» without
 * JavaScript, focus visible, aria-current), search on a 390 × 844 phone (first hit above the fold,
 * folded filters that count, events found), a short /feeds/ for readers, no empty digest, and —
 * with two builds at a pinned clock (BUILD_NOW) — the lead story's age rule and /frister/.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { serveStatic } from '../helpers/serve.ts';
import { useBrowser, visit } from './helpers/browser.ts';
import { focusIndicatorProblem } from './helpers/focus.ts';

const browser = useBrowser();
const PHONE = { viewport: { width: 390, height: 844 } };

test('post cards show the post’s picture (decorative, sized, lazy below the first), text cards have no hole', async () => {
	const v = await visit(browser(), '/nyheter/', PHONE);
	try {
		const cards = v.page.locator('.post-card');
		const withPicture = v.page.locator('.post-card--picture');
		expect(await withPicture.count()).toBeGreaterThan(0);
		expect(await withPicture.count()).toBeLessThan(await cards.count());
		const images = await v.page.locator('.post-card img').evaluateAll((imgs) =>
			imgs.map((img) => ({
				alt: img.getAttribute('alt'),
				width: Number(img.getAttribute('width')),
				height: Number(img.getAttribute('height')),
				loading: img.getAttribute('loading'),
				sources: img.parentElement?.querySelectorAll('source').length ?? 0,
				first: img.closest('li') === img.closest('ul')?.firstElementChild,
			})),
		);
		for (const img of images) {
			expect(img.alt).toBe('');
			expect(img.width * img.height).toBeGreaterThan(0);
			expect(img.sources).toBe(2); // AVIF and WebP before the JPEG fallback
			expect(img.loading).toBe(img.first ? null : 'lazy');
		}
		const textCards = v.page.locator('.post-card:not(.post-card--picture)');
		expect(await textCards.locator('img, picture, .post-card__media').count()).toBe(0);
		const decoded = await v.page
			.locator('.post-card img')
			.first()
			.evaluate((img) => {
				const i = img as HTMLImageElement;
				return i.complete && i.naturalWidth > 0;
			});
		expect(decoded).toBe(true);
	} finally {
		await v.close();
	}
});

describe('the menu', () => {
	test('on a phone: one compact row, «Meny» opens without JavaScript, the current section marked', async () => {
		const v = await visit(browser(), '/frister/', { ...PHONE, javaScriptEnabled: false });
		try {
			const header = await v.page.locator('.site-header').boundingBox();
			expect(header!.height).toBeLessThanOrEqual(80);
			await expect(v.page.locator('.site-nav__row').isVisible()).resolves.toBe(false);
			const menu = v.page.locator('.site-nav__menu');
			await expect(menu.locator('a').first().isVisible()).resolves.toBe(false);
			await v.page.locator('.site-nav__menu summary').click();
			const links = menu.locator('a');
			expect(await links.allTextContents()).toEqual(
				expect.arrayContaining(['Nyheter', 'Frister', 'Arrangementer', 'Søk']),
			);
			await expect(links.first().isVisible()).resolves.toBe(true);
			expect(await menu.locator('[aria-current="page"]').textContent()).toBe('Frister');
		} finally {
			await v.close();
		}
	});

	test('by keyboard: «Meny» takes focus with a visible ring and opens with Enter', async () => {
		const v = await visit(browser(), '/', PHONE);
		try {
			await v.page.locator('.site-nav__menu summary').focus();
			expect(await focusIndicatorProblem(v.page)).toBeNull();
			await v.page.keyboard.press('Enter');
			expect(await v.page.locator('.site-nav__menu').getAttribute('open')).toBe('');
			await v.page.keyboard.press('Tab');
			expect(await v.page.evaluate(() => document.activeElement?.textContent)).toBe('Nyheter');
			expect(await focusIndicatorProblem(v.page)).toBeNull();
		} finally {
			await v.close();
		}
	});

	test('on a wide screen: one row of what leaders act on; «Nyhetsbrev» only once its page exists', async () => {
		const v = await visit(browser(), '/arrangementer/');
		try {
			const row = v.page.locator('.site-nav__row a');
			const names = await row.allTextContents();
			expect(names.slice(0, 3)).toEqual(['Nyheter', 'Frister', 'Arrangementer']);
			expect(names.at(-1)).toBe('Søk');
			const hasPage = existsSync(join(inject('outDir'), 'nyhetsbrev', 'index.html'));
			expect(names.includes('Nyhetsbrev')).toBe(hasPage);
			expect(
				await v.page.locator('.site-header').evaluate((h) => (h as HTMLElement).offsetHeight),
			).toBeLessThan(90);
			expect(await v.page.locator('.site-nav__row [aria-current="page"]').textContent()).toBe(
				'Arrangementer',
			);
		} finally {
			await v.close();
		}
	});
});

describe('search on a 390 × 844 phone', () => {
	test('the first result is above the fold after a search', async () => {
		const v = await visit(browser(), '/sok/?q=debattheft', PHONE);
		try {
			const first = v.page.locator('.search-result').first();
			await first.waitFor();
			const title = await first.locator('.search-result__title').boundingBox();
			expect(title!.y + title!.height).toBeLessThanOrEqual(844);
			// The filters are one control, folded, saying how many are chosen.
			expect(await v.page.locator('.search-filters').getAttribute('open')).toBeNull();
			expect(await v.page.locator('.search-filters summary').textContent()).toMatch(
				/^Avgrens søket\s*$/,
			);
		} finally {
			await v.close();
		}
	});

	test('the folded filters count the chosen ones; events are found with their own filter', async () => {
		const v = await visit(browser(), '/sok/?q=Kongressenteret&type=Arrangement', PHONE);
		try {
			await v.page.locator('.search-result').first().waitFor();
			expect(await v.page.locator('.search-filters summary').textContent()).toMatch(
				/Avgrens søket\s*\(1 valgt\)/,
			);
			const hrefs = await v.page
				.locator('.search-result__title a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(hrefs.length).toBeGreaterThan(0);
			for (const href of hrefs) expect(href).toMatch(/^\/arrangementer\/[^/]+\/$/);
			const meta = await v.page.locator('.search-result__meta').first().textContent();
			expect(meta).toMatch(/^Arrangement · /);
		} finally {
			await v.close();
		}
	});

	test('photo credits, breadcrumbs and share areas are kept out of the snippets', async () => {
		const v = await visit(browser(), '/sok/?q=sommer', PHONE);
		try {
			await v.page.locator('.search-result').first().waitFor();
			const excerpts = (await v.page.locator('.search-result__excerpt').allTextContents()).join();
			expect(excerpts).not.toMatch(/Foto:|Forside|Del saken|Kopier lenke/);
		} finally {
			await v.close();
		}
	});
});

test('/feeds/ is short and for readers: e-mail, calendar, news reader; the rest folded', async () => {
	const v = await visit(browser(), '/feeds/', PHONE);
	try {
		const headings = await v.page.locator('main h2').allTextContents();
		expect(headings).toEqual(['På e-post', 'I kalenderen', 'I en nyhetsleser']);
		const height = await v.page.evaluate(() => document.documentElement.scrollHeight);
		expect(height).toBeLessThan(3500);
		await expect(v.page.locator('.feed-more #tema').isVisible()).resolves.toBe(false);
		const text = (await v.page.locator('main').textContent()) ?? '';
		expect(text).not.toMatch(/automatiser|e-postverktøy|limer inn denne adressen/i);
	} finally {
		await v.close();
	}
});

test('no digest is empty: every monthly digest lists at least one post', async () => {
	const outDir = inject('outDir');
	const digests = (await readdir(join(outDir, 'epost')).catch(() => [] as string[])).filter((f) =>
		f.endsWith('.html'),
	);
	for (const file of digests) {
		const html = await readFile(join(outDir, 'epost', file), 'utf8');
		expect(html, file).not.toContain('Vi publiserte ingen saker');
		expect(html, file).toMatch(/href="https?:\/\/[^"]+\/nyheter\/[^"]+\/"/);
	}
});

describe('at a pinned build clock (BUILD_NOW)', () => {
	let early: BuildResult;
	let late: BuildResult;
	const servers: Array<{ origin: string; close: () => Promise<void> }> = [];
	beforeAll(async () => {
		// The core pages suffice (front page, posts, /frister/). One after the other: builds of one
		// project share its .astro/ folder.
		early = await buildSite({ BUILD_NOW: '2021-02-20T12:00:00Z', BUILD_OUTPUTS: 'core' });
		late = await buildSite({ BUILD_NOW: '2021-04-02T12:00:00Z', BUILD_OUTPUTS: 'core' });
		for (const b of [early, late]) {
			expect(b.exitCode, b.output).toBe(0);
			servers.push(await serveStatic(b.outDir));
		}
	}, 600_000);
	afterAll(async () => {
		await Promise.all(servers.map((s) => s.close()));
		await Promise.all(
			[early, late].map((b) => b && rm(b.outDir, { recursive: true, force: true })),
		);
	});

	async function open(index: number, path: string) {
		const page = await browser().newPage(PHONE);
		await page.goto(servers[index]!.origin + path);
		return page;
	}

	test('a recent post leads; 45 days after it, the front page has no lead rather than a stale one', async () => {
		const before = await open(0, '/');
		expect(await before.locator('.lead-story h2').textContent()).toBe(
			'Strategikonferansen 2. mars: omstilling og ungt utenforskap',
		);
		await before.close();
		const after = await open(1, '/');
		expect(await after.locator('.lead-story').count()).toBe(0);
		expect(await after.locator('#latest-heading').isVisible()).toBe(true);
		await after.close();
	});

	test('/frister/ lists an open deadline with the days left, and later under «Nylig utløpt»', async () => {
		const open1 = await open(0, '/frister/');
		const first = open1.locator('section').first();
		expect(await first.locator('h2').textContent()).toBe('Åpne frister');
		expect((await first.locator('li').first().textContent())?.replace(/\s+/g, ' ')).toMatch(
			/Debattheftet 2021.*Svarfrist: 1\. mars 2021 \(om 9 dager\)/,
		);
		await open1.close();
		const passed = await open(1, '/frister/');
		expect(await passed.locator('main h2').allTextContents()).toEqual([
			'Åpne frister',
			'Nylig utløpt',
		]);
		expect(await passed.locator('main').textContent()).toContain('Ingen åpne frister akkurat nå.');
		const recent = passed.locator('section[aria-labelledby="passed-deadlines"] li a');
		expect(await recent.first().textContent()).toMatch(/^Debattheftet 2021/);
		await passed.close();
	});
});
