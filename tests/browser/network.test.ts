/**
 * Loading each page type in Chromium: no console errors, no failed requests and no request
 * that leaves the site's own origin (the visit helper blocks and records them).
 */
import { expect, inject, test } from 'vitest';
import { useBrowser, visit } from './helpers/browser.ts';
import { samplePages } from './helpers/pages.ts';

const browser = useBrowser();
const pages = await samplePages(inject('outDir'));

test.each(pages)('$type ($path) loads cleanly from its own origin only', async ({ path }) => {
	// Scrolling to the end makes lazy images load, so their requests are checked too.
	const v = await visit(browser(), path, { viewport: { width: 390, height: 800 } });
	try {
		await v.page.evaluate(async () => {
			for (const img of document.images) img.loading = 'eager';
			await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
		});
		const broken = await v.page.evaluate(() =>
			[...document.images]
				.filter((img) => !img.naturalWidth)
				.map((img) => img.currentSrc || img.src),
		);
		expect({ external: v.external, failed: v.failed, errors: v.errors, broken }).toEqual({
			external: [],
			failed: [],
			errors: [],
			broken: [],
		});
	} finally {
		await v.close();
	}
});
