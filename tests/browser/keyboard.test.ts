/**
 * Keyboard use: the first Tab reaches a visible skip link that moves focus to <main>, and every
 * element reached with Tab shows a focus ring with at least 3:1 contrast, in both colour schemes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, visit } from './helpers/browser.ts';
import { focusIndicatorProblem } from './helpers/focus.ts';
import { sampleWebPages } from './helpers/pages.ts';

const browser = useBrowser();
// E-mail editions: the e-mail client owns focus and reflow (tests/browser/email.test.ts).
const pages = await sampleWebPages(inject('outDir'));

/** Describes the focused element: tag, text and whether it is inside the viewport and on top. */
function describeFocus(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el) return null;
		const r = el.getBoundingClientRect();
		const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		const inView =
			r.width > 0 &&
			r.height > 0 &&
			r.top >= 0 &&
			r.left >= 0 &&
			r.bottom <= innerHeight &&
			r.right <= innerWidth;
		return {
			tag: el.tagName.toLowerCase(),
			id: el.id,
			text: el.textContent?.trim() ?? '',
			href: el.getAttribute('href'),
			inView,
			onTop: !!hit && (hit === el || el.contains(hit)),
		};
	});
}

describe('skip link', () => {
	test.each(pages)(
		'$type ($path): first Tab shows "Hopp til hovedinnhold", Enter focuses <main>',
		async ({ path }) => {
			const v = await visit(browser(), path);
			try {
				await v.page.keyboard.press('Tab');
				expect(await describeFocus(v.page)).toMatchObject({
					tag: 'a',
					text: 'Hopp til hovedinnhold',
					href: '#main',
					inView: true,
					onTop: true,
				});
				await v.page.keyboard.press('Enter');
				expect(await describeFocus(v.page)).toMatchObject({ tag: 'main', id: 'main' });
			} finally {
				await v.close();
			}
		},
	);
});

describe.each(['light', 'dark'] as const)('focus indicators (%s)', (colorScheme) => {
	test.each(pages)('$type ($path): every Tab stop shows a visible focus ring', async ({ path }) => {
		const v = await visit(browser(), path, { colorScheme, reducedMotion: 'reduce' });
		try {
			const total = await v.page.evaluate(
				() =>
					document.querySelectorAll(
						'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
					).length,
			);
			const problems: string[] = [];
			const seen = new Set<string>();
			let stops = 0;
			for (let i = 0; i < total + 1; i++) {
				await v.page.keyboard.press('Tab');
				const problem = await focusIndicatorProblem(v.page);
				if (problem === 'body') break;
				stops++;
				if (problem && !seen.has(problem)) problems.push(problem);
				if (problem) seen.add(problem);
			}
			expect(problems).toEqual([]);
			expect(stops).toBeGreaterThan(5);
		} finally {
			await v.close();
		}
	});
});
