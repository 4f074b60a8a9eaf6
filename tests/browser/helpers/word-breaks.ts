/**
 * Finds words that the browser split across two lines: for every text node below `selector`, each
 * word is measured with a DOM Range; a word whose boxes lie on more than one line was broken inside
 * (by `overflow-wrap`, or by hyphenation when `hyphens: auto` is on). `hyphenated: 'whole'` treats
 * «IA-arbeid» as one word (names: a break at its hyphen counts); `'parts'` measures «IA» and «arbeid»
 * apart, so a line break after a hard hyphen is allowed (titles and running text).
 */
import type { Page } from 'playwright-core';

/** "word in <tag class>" for each word broken across lines below `selector` (hidden text skipped). */
export function brokenWords(
	page: Page,
	selector: string,
	hyphenated: 'whole' | 'parts' = 'whole',
): Promise<string[]> {
	return page.evaluate(
		([sel, mode]) => {
			const found: string[] = [];
			const word =
				mode === 'whole'
					? /[\p{L}\p{N}#][\p{L}\p{N}\u00AD-]*[\p{L}\p{N}]/gu
					: /[\p{L}\p{N}#][\p{L}\p{N}\u00AD]*[\p{L}\p{N}]/gu;
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
		},
		[selector, hyphenated] as const,
	);
}
