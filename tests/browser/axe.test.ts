/**
 * axe-core on one page of every page type, in both colour schemes: WCAG 2.0/2.1 A and AA, the
 * rules axe maps to EN 301 549 (the standard the Norwegian regulation on universal design of ICT
 * points to), and the best-practice rules about structure that a reader or a screen reader meets
 * (empty headings, skipped heading levels, a page without an h1).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, inject, test } from 'vitest';
import { useBrowser, visit } from './helpers/browser.ts';
import { samplePages } from './helpers/pages.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'EN-301-549'];
const STRUCTURE_RULES = ['empty-heading', 'heading-order', 'page-has-heading-one'];
const browser = useBrowser();
const pages = await samplePages(inject('outDir'));

test.each(pages)('$type ($path) has no axe violations in light or dark', async ({ path }) => {
	const v = await visit(browser(), path, { colorScheme: 'light' });
	try {
		const found: string[] = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			await v.page.emulateMedia({ colorScheme });
			// Colour transitions must end before contrast is measured.
			await v.page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
			const { violations } = await new AxeBuilder({ page: v.page }).withTags(WCAG_TAGS).analyze();
			const structure = await new AxeBuilder({ page: v.page }).withRules(STRUCTURE_RULES).analyze();
			for (const x of [...violations, ...structure.violations]) {
				found.push(
					`${colorScheme} ${x.id}: ${x.help} → ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`,
				);
			}
		}
		expect(found).toEqual([]);
	} finally {
		await v.close();
	}
});
