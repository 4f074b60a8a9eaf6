/**
 * Does an e-mail's layout depend on CSS that only a `<style>` element carries? Gmail's web client
 * and Outlook drop or mangle `<style>`, so everything that places and sizes content must be inline
 * (MJML writes it so; EMAIL_INLINE_CSS is inlined by juice). The probe measures every visible
 * element of the message, removes the `<style>` elements, measures again, and lists what moved or
 * changed size by more than a pixel. Positions are taken relative to the message's first table
 * (the centred 600 px column), so the body margin MJML's reset removes, which only moves the
 * centred column, does not count; run it wider than 600 px + that margin.
 */
import type { Page } from 'playwright-core';

type Box = { key: string; x: number; y: number; w: number; h: number };

function measure(page: Page): Promise<Box[]> {
	return page.evaluate(() => {
		const root = document.querySelector('div[role="article"]') ?? document.body;
		const origin = (root.querySelector('table') ?? root).getBoundingClientRect();
		return [...root.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, img, a, table, td')]
			.filter((el) => el.getClientRects().length > 0)
			.map((el, i) => {
				const r = el.getBoundingClientRect();
				const text = (el.getAttribute('alt') ?? el.textContent ?? '').trim().slice(0, 30);
				return {
					key: `${i} ${el.tagName.toLowerCase()} "${text}"`,
					x: r.left - origin.left,
					y: r.top - origin.top,
					w: r.width,
					h: r.height,
				};
			});
	});
}

/** Elements whose box changes when the `<style>` elements are removed ([] when none). */
export async function styleDependentLayout(page: Page): Promise<string[]> {
	const before = await measure(page);
	await page.evaluate(() => {
		for (const style of document.querySelectorAll('style')) style.remove();
	});
	const after = new Map((await measure(page)).map((b) => [b.key, b]));
	const moved: string[] = [];
	for (const b of before) {
		const a = after.get(b.key);
		const off = (p: keyof Omit<Box, 'key'>) => Math.abs((a?.[p] ?? Infinity) - b[p]) > 1;
		if (!a || off('x') || off('y') || off('w') || off('h'))
			moved.push(`${b.key}: ${JSON.stringify(b)} → ${JSON.stringify(a ?? null)}`);
	}
	return moved;
}
