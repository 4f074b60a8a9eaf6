/**
 * Reflow (WCAG 1.4.10) and text zoom (1.4.4): at 320 CSS px nothing scrolls sideways; at 1280 px
 * with the root font size at 200 % nothing scrolls sideways and no text box is cut off.
 */
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, visit } from './helpers/browser.ts';
import { horizontalOverflow, overflowingText } from './helpers/overflow.ts';
import { sampleWebPages } from './helpers/pages.ts';

const browser = useBrowser();
// E-mail editions: the e-mail client owns focus and reflow (tests/browser/email.test.ts).
const pages = await sampleWebPages(inject('outDir'));

describe('reflow at 320 px', () => {
	test.each(pages)('$type ($path) does not scroll sideways', async ({ path }) => {
		const v = await visit(browser(), path, { viewport: { width: 320, height: 640 } });
		try {
			expect(await horizontalOverflow(v.page)).toBe(0);
			expect(await overflowingText(v.page)).toEqual([]);
		} finally {
			await v.close();
		}
	});
});

describe('text zoom 200 % at 1280 px', () => {
	test.each(pages)('$type ($path) keeps all text readable', async ({ path }) => {
		const v = await visit(browser(), path, { viewport: { width: 1280, height: 900 } });
		try {
			// Through the CSSOM, which a Content-Security-Policy for <style> elements does not block.
			await v.page.evaluate(() =>
				document.documentElement.style.setProperty('font-size', '200%', 'important'),
			);
			expect(await v.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
				'32px',
			);
			expect(await horizontalOverflow(v.page)).toBe(0);
			expect(await overflowingText(v.page)).toEqual([]);
		} finally {
			await v.close();
		}
	});
});
