/**
 * How the searched pages (posts and events) are split into search indexes of bounded size, so Pagefind's indexer never
 * holds more than SEARCH_SET_PAGES pages (its memory grows with the pages it holds: 4.8 GiB for
 * 50,000 posts in one index, bench/README.md). A set is one or more whole years, newest first;
 * the year is read from the page head: a post's `article:published_time`, an event's `startDate`.
 */
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Pages per index at most (a single year with more pages is one index of its own). */
export const SEARCH_SET_PAGES = 5000;

/** One index: its folder name under /pagefind/ (the years it holds) and its pages. */
export type SearchSet = { name: string; pages: string[] };

// A post's publishing year (Open Graph), or an event's start year (its JSON-LD), both in the head.
const YEAR = /property="article:published_time" content="(\d{4})-|"startDate":"(\d{4})-/;
const HEAD_BYTES = 8192;

/** The year a page was published, from its head; 0 when it has none. */
async function pageYear(file: string): Promise<number> {
	const handle = await open(file);
	try {
		const buffer = Buffer.alloc(HEAD_BYTES);
		const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
		const found = YEAR.exec(buffer.toString('utf8', 0, bytesRead));
		return Number(found?.[1] ?? found?.[2] ?? 0);
	} finally {
		await handle.close();
	}
}

/** Groups pages by year into sets of at most `max` pages (whole years, newest first). */
export function groupByYear(byYear: Map<number, string[]>, max = SEARCH_SET_PAGES): SearchSet[] {
	const sets: { years: number[]; pages: string[] }[] = [];
	for (const year of [...byYear.keys()].sort((a, b) => b - a)) {
		const pages = byYear.get(year)!;
		const last = sets.at(-1);
		if (last && last.pages.length + pages.length <= max) {
			last.years.push(year);
			for (const page of pages) last.pages.push(page);
		} else sets.push({ years: [year], pages: [...pages] });
	}
	return sets.map(({ years, pages }) => ({
		name: years.length === 1 ? String(years[0]) : `${years.at(-1)}-${years[0]}`,
		pages,
	}));
}

/**
 * The search sets of the pages below `outDir` (paths relative to it, `<dir>/<slug>/index.html` for
 * each folder of each of `dirs`), newest first, of at most `max` pages. A page without a publish
 * year (an event page) joins the newest year, so the index /sok/ loads first holds it.
 */
export async function searchSets(
	outDir: string,
	dirs: readonly string[],
	max = SEARCH_SET_PAGES,
): Promise<SearchSet[]> {
	const pages: string[] = [];
	for (const dir of dirs) {
		const entries = await readdir(join(outDir, dir), { withFileTypes: true }).catch(() => []);
		for (const e of entries) if (e.isDirectory()) pages.push(join(dir, e.name, 'index.html'));
	}
	const byYear = new Map<number, string[]>();
	for (let i = 0; i < pages.length; i += 64) {
		const chunk = pages.slice(i, i + 64);
		const years = await Promise.all(chunk.map((p) => pageYear(join(outDir, p)).catch(() => null)));
		chunk.forEach((page, j) => {
			const year = years[j];
			if (year === null || year === undefined) return;
			const list = byYear.get(year);
			if (list) list.push(page);
			else byYear.set(year, [page]);
		});
	}
	return groupByYear(byYear, max);
}
