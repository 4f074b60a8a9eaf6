/**
 * How the searched pages (posts and events) are split into search indexes of bounded size, so Pagefind's indexer never
 * holds more than SEARCH_SET_PAGES pages (its memory grows with the pages it holds: 4.8 GiB for
 * 50,000 posts in one index, bench/README.md). A set is one or more whole years, newest first;
 * the year is read from the page head: a post's `article:published_time`, an event's `startDate`.
 * Each set has a key, a digest of its pages' paths and bytes, so a rebuild can reuse the index of
 * a set none of whose pages changed (search-index.ts).
 */
import { hash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Pages per index at most (a single year with more pages is one index of its own). */
export const SEARCH_SET_PAGES = 5000;

/**
 * One index: its folder name under /pagefind/ (the years it holds), its pages, and its key (SHA-1
 * hex of the pages' paths and bytes, in path order).
 */
export type SearchSet = { name: string; pages: string[]; key: string };

// A post's publishing year (Open Graph), or an event's start year (its JSON-LD), both in the head.
const YEAR = /property="article:published_time" content="(\d{4})-|"startDate":"(\d{4})-/;
const HEAD_BYTES = 8192;

type PageFacts = { year: number; digest: string };

/** The year a page was published (from its head; 0 when it has none) and the SHA-1 of its bytes. */
async function readPage(file: string): Promise<PageFacts> {
	const bytes = await readFile(file);
	const found = YEAR.exec(bytes.toString('utf8', 0, Math.min(bytes.length, HEAD_BYTES)));
	return { year: Number(found?.[1] ?? found?.[2] ?? 0), digest: hash('sha1', bytes) };
}

/** Groups pages by year into sets of at most `max` pages (whole years, newest first). */
export function groupByYear(
	byYear: Map<number, string[]>,
	max = SEARCH_SET_PAGES,
): Omit<SearchSet, 'key'>[] {
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

/** A set's key: SHA-1 hex over `salt` and each page's path and digest, in path order. */
export function setKey(pages: readonly string[], digests: Map<string, string>, salt = ''): string {
	const lines = [...pages].sort().map((page) => `${page}\t${digests.get(page) ?? ''}`);
	return hash('sha1', [salt, ...lines].join('\n'));
}

/**
 * The search sets of the pages below `outDir` (paths relative to it, `<dir>/<slug>/index.html` for
 * each folder of each of `dirs`), newest first, of at most `max` pages, each keyed with `salt`
 * (what else the index depends on: the indexer's version). A page without a publish year (an
 * event page) joins the newest year, so the index /sok/ loads first holds it.
 */
export async function searchSets(
	outDir: string,
	dirs: readonly string[],
	max = SEARCH_SET_PAGES,
	salt = '',
): Promise<SearchSet[]> {
	const pages: string[] = [];
	for (const dir of dirs) {
		const entries = await readdir(join(outDir, dir), { withFileTypes: true }).catch(() => []);
		for (const e of entries) if (e.isDirectory()) pages.push(join(dir, e.name, 'index.html'));
	}
	const byYear = new Map<number, string[]>();
	const digests = new Map<string, string>();
	for (let i = 0; i < pages.length; i += 64) {
		const chunk = pages.slice(i, i + 64);
		const facts = await Promise.all(chunk.map((p) => readPage(join(outDir, p)).catch(() => null)));
		chunk.forEach((page, j) => {
			const fact = facts[j];
			if (!fact) return;
			digests.set(page, fact.digest);
			const list = byYear.get(fact.year);
			if (list) list.push(page);
			else byYear.set(fact.year, [page]);
		});
	}
	return groupByYear(byYear, max).map((set) => ({
		...set,
		key: setKey(set.pages, digests, salt),
	}));
}
