/**
 * Which page numbers a list's pagination shows: the first and the last page, the current one and
 * PAGE_WINDOW on each side, with a gap for each run left out. The number of links stays the same
 * however long the list grows: listing every page on every page is quadratic in posts (834 links
 * on each of 834 news pages at 10,000 posts). A gap of one page shows that page instead.
 * Pattern as in the GOV.UK Design System's pagination component.
 */

/** Pages shown on each side of the current one. */
export const PAGE_WINDOW = 2;

export type PageItem = number | 'gap';

/** The items for page `page` of `pages` (1-based), in order, e.g. `[1, 'gap', 6, 7, 8, 9, 10, 'gap', 40]`. */
export function pageItems(page: number, pages: number, window = PAGE_WINDOW): PageItem[] {
	const shown = new Set([1, pages]);
	for (let n = page - window; n <= page + window; n++) if (n >= 1 && n <= pages) shown.add(n);
	const items: PageItem[] = [];
	let previous = 0;
	for (const n of [...shown].sort((a, b) => a - b)) {
		if (n - previous === 2) items.push(previous + 1);
		else if (n - previous > 2) items.push('gap');
		items.push(n);
		previous = n;
	}
	return items;
}
