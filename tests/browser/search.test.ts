/**
 * Site search against the built Pagefind index, in Chromium (Pagefind searches in the browser):
 * the expected first result for "Århuskompasset" and "debattheft", a municipality filter, Norwegian
 * stemming (bokmål and nynorsk), nynorsk posts in the same search, a linkable query, no CSP
 * violation, and a page that works without JavaScript.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { indexSite } from '../../src/site/search-index.ts';
import { useBrowser, visit, type Visit } from './helpers/browser.ts';
import { htmlFiles } from './helpers/pages.ts';

const browser = useBrowser();
const NYNORSK_TITLE = 'Velkomne, nye ordførarar – vi møtest på Arena Trøndelag';

/** Waits until the search has written its status, then returns status and result titles. */
async function results(v: Visit) {
	await v.page.waitForFunction(() => {
		const status = document.getElementById('search-status')?.textContent ?? '';
		return /treff|passer/.test(status);
	});
	return {
		status: (await v.page.locator('#search-status').textContent())?.trim(),
		titles: await v.page.locator('.search-result__title a').allTextContents(),
		hrefs: await v.page
			.locator('.search-result__title a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
	};
}

/** What `?kommune=Skaun` finds, newest first: events by their start, posts by publishing date (the events are for all municipalities). */
const SKAUN = [
	'/arrangementer/arena-trondelag-2028/',
	'/arrangementer/arena-trondelag-2023/',
	'/nyheter/god-sommer-2023/',
	'/nyheter/torn-skaun-melhus/',
	'/arrangementer/strategikonferansen-2021/',
	'/nyheter/debattheftet-2021/',
];

describe('search on /sok/', () => {
	test.each([
		{
			query: 'Århuskompasset',
			first: 'Studietur til Århus: hva kan Trøndelag lære av Århuskompasset?',
		},
		{ query: 'debattheft', first: 'Debattheftet 2021 – KS spør: Omstilling i koronaens tid' },
	])('"$query" finds "$first" first', async ({ query, first }) => {
		const v = await visit(browser(), `/sok/?q=${encodeURIComponent(query)}`);
		try {
			const found = await results(v);
			expect(found.titles[0]).toBe(first);
			expect(found.status).toMatch(new RegExp(`^\\d+ treff på «${query}»\\.$|^Ett treff`));
			expect(await v.page.inputValue('#search-query')).toBe(query);
			expect(v.errors).toEqual([]);
		} finally {
			await v.close();
		}
	});

	test('typing searches, and the address keeps the query so the search can be linked', async () => {
		const v = await visit(browser(), '/sok/');
		try {
			await v.page.fill('#search-query', 'valgløfte');
			const found = await results(v);
			expect(found.titles).toContain('#valgløfte2023: nei til hets, mobbing og trakassering');
			expect(new URL(v.page.url()).search).toBe(`?q=${encodeURIComponent('valgløfte')}`);
		} finally {
			await v.close();
		}
	});

	test('a municipality filter keeps only posts and events that concern the municipality', async () => {
		const v = await visit(browser(), '/sok/?kommune=Skaun');
		try {
			const found = await results(v);
			expect(found.status).toBe(`Saker som passer til valgene: ${SKAUN.length}.`);
			expect(found.hrefs).toEqual(SKAUN);
			for (const href of found.hrefs) {
				const page = await readFile(join(inject('outDir'), href!, 'index.html'), 'utf8');
				expect(page, href!).toContain('data-pagefind-filter="Kommune:Skaun"');
			}
			await v.page.fill('#search-query', 'TØRN');
			await v.page.press('#search-query', 'Enter');
			await v.page.waitForFunction(() =>
				/«TØRN»/.test(document.getElementById('search-status')?.textContent ?? ''),
			);
			const narrowed = await results(v);
			expect(narrowed.hrefs[0]).toBe('/nyheter/torn-skaun-melhus/');
			expect(narrowed.hrefs.every((h) => found.hrefs.includes(h))).toBe(true);
		} finally {
			await v.close();
		}
	});

	test('stems Norwegian: "omstillingen", a form no page contains, finds posts about omstilling', async () => {
		for (const file of await htmlFiles(inject('outDir')))
			expect(await readFile(join(inject('outDir'), file), 'utf8'), file).not.toMatch(
				/omstillingen/i,
			);
		const v = await visit(browser(), '/sok/?q=omstillingen');
		try {
			const found = await results(v);
			expect(found.titles).toContain('Debattheftet 2021 – KS spør: Omstilling i koronaens tid');
		} finally {
			await v.close();
		}
	});

	test('finds nynorsk and bokmål posts in one search (one index: the page shell stays lang="nb")', async () => {
		const v = await visit(browser(), `/sok/?q=${encodeURIComponent('Arena Trøndelag')}`);
		try {
			const found = await results(v);
			expect(found.titles).toContain(NYNORSK_TITLE);
			expect(found.titles).toContain(
				'Arena Trøndelag i november: møteplass for nye ordførere og kommunedirektører',
			);
			expect(v.errors).toEqual([]);
		} finally {
			await v.close();
		}
	});

	test('stems nynorsk: "ordføraren", a form no page contains, finds the post with "ordførarar"', async () => {
		for (const file of await htmlFiles(inject('outDir')))
			expect(await readFile(join(inject('outDir'), file), 'utf8'), file).not.toMatch(/ordføraren/i);
		const v = await visit(browser(), '/sok/?q=ordf%C3%B8raren');
		try {
			const found = await results(v);
			expect(found.titles[0]).toBe(NYNORSK_TITLE);
			expect(found.hrefs[0]).toBe('/nyheter/velkomne-nye-ordforarar-2023/');
		} finally {
			await v.close();
		}
	});

	test('without JavaScript there is no dead form, only links to news, topics, municipalities and years', async () => {
		const v = await visit(browser(), '/sok/', { javaScriptEnabled: false });
		try {
			expect(await v.page.locator('form[role="search"]').isVisible()).toBe(false);
			const links = await v.page
				.locator('.search-browse a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(links.slice(0, 3)).toEqual(['/nyheter/', '/tema/', '/kommuner/']);
			expect(links).toContain('/arkiv/2023/');
			expect(await v.page.locator('noscript').count()).toBe(1);
		} finally {
			await v.close();
		}
	});
});

describe('search over an index split by years (as a site of 50,000 posts has it)', () => {
	// Three posts per index at most: the seed's posts spread over several indexes, merged in /sok/.
	beforeAll(async () => {
		const { indexes } = await indexSite(inject('outDir'), { maxPages: 3 });
		expect(indexes).toBeGreaterThan(2);
	}, 120_000);
	afterAll(() => indexSite(inject('outDir')), 120_000);

	test('a query finds posts from the newest and the oldest years', async () => {
		for (const [query, title] of [
			['debattheft', 'Debattheftet 2021 – KS spør: Omstilling i koronaens tid'],
			['valgløfte', '#valgløfte2023: nei til hets, mobbing og trakassering'],
		] as const) {
			const v = await visit(browser(), `/sok/?q=${encodeURIComponent(query)}`);
			try {
				expect((await results(v)).titles).toContain(title);
				expect(v.errors).toEqual([]);
			} finally {
				await v.close();
			}
		}
	});

	// Pagefind sorts within each index; across merged indexes a filter-only list is complete but its
	// order is not global (a gap for sites over SEARCH_SET_PAGES pages, noted in docs/site.md).
	test('a filter alone finds the same pages across the indexes', async () => {
		const v = await visit(browser(), '/sok/?kommune=Skaun');
		try {
			const found = await results(v);
			expect(found.status).toBe(`Saker som passer til valgene: ${SKAUN.length}.`);
			expect([...found.hrefs].sort()).toEqual([...SKAUN].sort());
		} finally {
			await v.close();
		}
	});
});

describe('copy link on a post', () => {
	test('the button copies the address and says so; without JavaScript the address is there to select', async () => {
		const v = await visit(browser(), '/nyheter/god-sommer-2023/', {
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		try {
			const button = v.page.locator('button[data-copy-for]');
			expect(await button.isVisible()).toBe(true);
			await button.focus();
			await v.page.keyboard.press('Enter');
			await v.page.waitForFunction(
				() => document.getElementById('share-status')?.textContent === 'Lenken er kopiert.',
			);
			const url = await v.page.inputValue('#share-url');
			expect(url).toMatch(/^https:\/\/.+\/nyheter\/god-sommer-2023\/$/);
			expect(await v.page.evaluate(() => navigator.clipboard.readText())).toBe(url);
			expect(v.errors).toEqual([]);
		} finally {
			await v.close();
		}
		const off = await visit(browser(), '/nyheter/god-sommer-2023/', { javaScriptEnabled: false });
		try {
			expect(await off.page.locator('button[data-copy-for]').isVisible()).toBe(false);
			expect(await off.page.locator('#share-url').isVisible()).toBe(true);
			expect(await off.page.inputValue('#share-url')).toMatch(/\/nyheter\/god-sommer-2023\/$/);
		} finally {
			await off.close();
		}
	});
});
