/**
 * Finds words that the browser split across two lines: for every text node below `selector`, each
 * run of letters is measured with a DOM Range; a word whose rects lie on more than one line was
 * broken inside (by `overflow-wrap`, or by hyphenation when `hyphens: auto` is on). Returns
 * "word (element text)" strings, empty when every word stays whole.
 */
import type { Page } from 'playwright-core';

/** Words broken across lines inside the elements matching `selector` (visually hidden text skipped). */
export function brokenWords(page: Page, selector: string): Promise<string[]> {
	return page.evaluate((sel) => {
		const found: string[] = [];
		const word = /[\p{L}\p{N}#][\p{L}\p{N}\u00AD-]*[\p{L}\p{N}]/gu;
		for (const root of document.querySelectorAll(sel)) {
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const el = node.parentElement;
				if (!el || el.closest('.visually-hidden, [hidden]')) continue;
				for (const m of (node.textContent ?? '').matchAll(word)) {
					const range = document.createRange();
					range.setStart(node, m.index);
					range.setEnd(node, m.index + m[0].length);
					const tops = new Set(
						[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
					);
					if (tops.size > 1)
						found.push(`${m[0]} in <${el.tagName.toLowerCase()} class="${el.className}">`);
				}
			}
		}
		return found;
	}, selector);
}
