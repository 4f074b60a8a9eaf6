/**
 * Print media: a post on paper has no site chrome, shows its address and date, writes link
 * targets after the link text and keeps figures and the contact card whole.
 */
import { expect, test } from 'vitest';
import { useBrowser, visit } from './helpers/browser.ts';

const browser = useBrowser();

test('the 2023 summer greeting prints without chrome, with its address, date and link targets', async () => {
	const v = await visit(browser(), '/nyheter/god-sommer-2023/', {
		print: true,
		viewport: { width: 794, height: 1123 },
	});
	try {
		const { page } = v;
		const chrome = ['.skip-link', '.site-header', '.site-footer', '.breadcrumb'];
		const shown = await page.evaluate(
			(list) =>
				Object.fromEntries(
					list.map((s) => [s, getComputedStyle(document.querySelector(s)!).display]),
				),
			chrome,
		);
		expect(shown).toEqual(Object.fromEntries(chrome.map((s) => [s, 'none'])));
		const permalink = page.locator('.article__permalink');
		expect(await permalink.isVisible()).toBe(true);
		expect(await permalink.textContent()).toMatch(/https?:\/\/[^ ]+\/nyheter\/god-sommer-2023\//);
		expect(await page.locator('.article__meta time').isVisible()).toBe(true);
		const after = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('.prose a[href]')].map((a) => [
				a.getAttribute('href'),
				getComputedStyle(a, '::after').content,
			]),
		);
		expect(after.length).toBeGreaterThan(0);
		for (const [href, content] of after) expect(content).toContain(href);
		// The sender is named on paper, above the post.
		expect(await page.locator('.print-sender').isVisible()).toBe(true);
		expect(await page.locator('.print-sender').textContent()).toBe('Fra KS Trøndelag – nyheter');
		const figures = await page.evaluate(() =>
			[...document.querySelectorAll('.figure')].map((f) => getComputedStyle(f).breakInside),
		);
		expect(figures.length).toBeGreaterThanOrEqual(2);
		expect(new Set(figures)).toEqual(new Set(['avoid']));
	} finally {
		await v.close();
	}
});

test('print writes absolute addresses after links within the site and after attachments', async () => {
	const v = await visit(browser(), '/nyheter/debattheftet-2021/', {
		print: true,
		viewport: { width: 794, height: 1123 },
	});
	try {
		const site = await v.page.evaluate(() =>
			document
				.querySelector('link[rel="canonical"]')!
				.getAttribute('href')!
				.replace(/\/nyheter\/.*$/, ''),
		);
		const printed = await v.page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('.prose a[href^="/"]')].map((a) => ({
				href: a.getAttribute('href')!,
				after: getComputedStyle(a, '::after').content,
				shown: getComputedStyle(a).display !== 'none',
			})),
		);
		const attachments = printed.filter((p) => p.href.startsWith('/vedlegg/') && p.shown);
		expect(attachments).toHaveLength(2);
		for (const { href, after } of attachments) expect(after).toContain(`${site}${href}`);
		// "Last ned" repeats the attachment's address: not on paper.
		expect(await v.page.locator('.attachment__download').first().isVisible()).toBe(false);
	} finally {
		await v.close();
	}
});

test('an internal link in body text prints with its absolute address', async () => {
	const v = await visit(browser(), '/nyheter/strategikonferansen-2021/', {
		print: true,
		viewport: { width: 794, height: 1123 },
	});
	try {
		const links = await v.page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('.prose a[href^="/"]')].map((a) => [
				a.getAttribute('href'),
				getComputedStyle(a, '::after').content,
			]),
		);
		expect(links.map(([href]) => href)).toEqual([
			'/nyheter/debattheftet-2021/',
			'/tema/debattheftet/',
		]);
		for (const [href, after] of links) expect(after).toMatch(new RegExp(`https://[^ ]+${href}`));
	} finally {
		await v.close();
	}
});

test('a newsletter keeps its contact card and deadline box on one page', async () => {
	const v = await visit(browser(), '/nyheter/debattheftet-2021/', {
		print: true,
		viewport: { width: 794, height: 1123 },
	});
	try {
		const breaks = await v.page.evaluate(() =>
			['.contact-card', '.deadline-box'].map(
				(s) => getComputedStyle(document.querySelector(s)!).breakInside,
			),
		);
		expect(breaks).toEqual(['avoid', 'avoid']);
	} finally {
		await v.close();
	}
});

test('on screen the print-only address is hidden', async () => {
	const v = await visit(browser(), '/nyheter/god-sommer-2023/');
	try {
		expect(await v.page.locator('.article__permalink').isVisible()).toBe(false);
		expect(await v.page.locator('.site-header').isVisible()).toBe(true);
	} finally {
		await v.close();
	}
});
