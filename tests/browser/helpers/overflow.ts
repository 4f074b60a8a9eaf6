/** Finds content that does not fit: horizontal page scrolling and text boxes cut off sideways. */
import type { Page } from 'playwright-core';

/** Width the document can scroll sideways beyond the viewport, in CSS px (0 is good). */
export function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
}

/**
 * Rendered boxes holding their own text whose content is wider than the box (scrollWidth >
 * clientWidth), skipping inline boxes (no client width) and visually hidden text.
 */
export function overflowingText(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
			const ownText = [...el.childNodes].some(
				(n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
			);
			if (!ownText) continue;
			const style = getComputedStyle(el);
			if (style.display === 'inline' || style.display === 'contents' || style.display === 'none')
				continue;
			if (style.clipPath === 'inset(50%)' || el.clientWidth <= 1) continue;
			if (el.scrollWidth > el.clientWidth + 1) {
				found.push(
					`${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 40)}" ${el.scrollWidth} > ${el.clientWidth}`,
				);
			}
		}
		return found;
	});
}
