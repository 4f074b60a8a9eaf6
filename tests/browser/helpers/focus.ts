/**
 * Checks the focus indicator of the focused element in the page: an outline of at least 2 px
 * whose colour has at least 3:1 contrast against the background it is drawn on (WCAG 1.4.11).
 */
import type { Page } from 'playwright-core';

/** `'body'` when nothing is focused, `null` when the ring is fine, else what is wrong. */
export function focusIndicatorProblem(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body || el === document.documentElement) return 'body';
		const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
		const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
			const lin = (c: number) =>
				c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
			return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
		};
		const contrast = (a: number[], b: number[]) => {
			const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
			return (hi + 0.05) / (lo + 0.05);
		};
		// The ring is drawn around the element, so the colour behind it is its parent's.
		let bg = [255, 255, 255];
		for (let node = el.parentElement; node; node = node.parentElement) {
			const c = rgb(getComputedStyle(node).backgroundColor);
			if (c.length >= 3 && (c[3] ?? 1) > 0) {
				bg = c.slice(0, 3);
				break;
			}
		}
		const style = getComputedStyle(el);
		const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
		const width = parseFloat(style.outlineWidth);
		if (style.outlineStyle === 'none' || width < 2)
			return `${name}: no focus outline (${style.outlineStyle} ${style.outlineWidth})`;
		const ratio = contrast(rgb(style.outlineColor), bg);
		if (ratio < 3)
			return `${name}: focus outline ${style.outlineColor} on ${bg.join(',')} has contrast ${ratio.toFixed(2)}`;
		return null;
	});
}
