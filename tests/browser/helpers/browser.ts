/**
 * One Chromium per test file and pages that can only talk to the local server: any request to
 * another origin is aborted and recorded, as are failed requests and console errors. Requests to
 * the site's public address (absolute image URLs in e-mail editions) are answered by the local
 * server, as the live site would answer them.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../helpers/chromium.ts';

export type Visit = {
	page: Page;
	/** Requests to anywhere but the local server (aborted). */
	external: string[];
	/** Requests that failed or answered with status ≥ 400. */
	failed: string[];
	/** Console errors and uncaught exceptions. */
	errors: string[];
	close: () => Promise<void>;
};

export type VisitOptions = BrowserContextOptions & { print?: boolean };

/** Starts Chromium before the file's tests and closes it after; call at the top of a test file. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('Chromium is not running');
		return browser;
	};
}

/** Opens `path` on the local server in a fresh context (viewport 1280×900 unless given). */
export async function visit(
	browser: Browser,
	path: string,
	options: VisitOptions = {},
): Promise<Visit> {
	const origin = inject('origin');
	const siteOrigin = inject('siteOrigin');
	const { print, ...contextOptions } = options;
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		...contextOptions,
	});
	const visit: Visit = {
		page: await context.newPage(),
		external: [],
		failed: [],
		errors: [],
		close: () => context.close(),
	};
	const { page } = visit;
	await context.route('**/*', async (route) => {
		const url = route.request().url();
		if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
		if (url.startsWith(`${siteOrigin}/`)) {
			const local = origin + url.slice(siteOrigin.length);
			return route.fulfill({ response: await route.fetch({ url: local }) });
		}
		visit.external.push(url);
		return route.abort('blockedbyclient');
	});
	page.on('console', (msg) => {
		if (msg.type() === 'error') visit.errors.push(msg.text());
	});
	page.on('pageerror', (error) => visit.errors.push(error.message));
	page.on('requestfailed', (request) => {
		if (!visit.external.includes(request.url()))
			visit.failed.push(`${request.url()} (${request.failure()?.errorText})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) visit.failed.push(`${response.url()} (${response.status()})`);
	});
	if (print) await page.emulateMedia({ media: 'print' });
	await page.goto(origin + path, { waitUntil: 'load' });
	await page.evaluate(() => document.fonts.ready);
	return visit;
}
