/**
 * Pagefind's index of a finished build folder, split into bounded indexes (search-sets.ts): one
 * pass per set, each in a fresh Pagefind process (closed after it, so its memory is returned), into
 * `<folder>/pagefind/<years>/`, and `<folder>/pagefind/indexes.json` lists them newest first for
 * /sok/, which searches the first and merges the others (Pagefind's `mergeIndex`). Only post pages
 * are indexed (they alone carry `data-pagefind-body`). Pagefind 1.6 writes one index per
 * `<html lang>`, and a search loads only the index of the search page's language; every page shell
 * is `lang="nb"` (a nynorsk post says `lang="nn"` on its article only), so bokmål and nynorsk posts
 * share one index and one search. Pagefind stems `nb` (and `nn`) with the Snowball Norwegian
 * stemmer, whose endings cover nynorsk forms too (-ar, -ane: «ordføraren» finds «ordførarar»).
 * docs/klarsprak.md has the measurements. A pass reads its pages through hard links in a folder
 * beside the build (removed after), so Pagefind keeps reading files itself. Called by the Astro
 * integration (src/integrations/pagefind.ts) or, in the atomic build, after Astro has exited
 * (scripts/search-index.ts).
 * @see https://pagefind.app/docs/multisite/ (mergeIndex), https://pagefind.app/docs/node-api/
 */
import { copyFile, link, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { SEARCHED_DIRS, SEARCHED_PAGES } from './search.ts';
import { SEARCH_SET_PAGES, searchSets, type SearchSet } from './search-sets.ts';

export type IndexResult = { pages: number; seconds: number; indexes: number };

/** What /sok/ reads first: the index folders under /pagefind/, newest first. */
export type IndexList = { indexes: string[] };
export const INDEX_LIST = 'indexes.json';

/** Pages in a written index (addDirectory counts every HTML file it read, indexed or not). */
async function indexedPages(outputPath: string): Promise<number> {
	const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

/** Links (or, across file systems, copies) the set's pages into `into`, under the same paths. */
async function linkPages(outDir: string, set: SearchSet, into: string): Promise<void> {
	for (const page of set.pages) {
		const target = join(into, page);
		await mkdir(dirname(target), { recursive: true });
		await link(join(outDir, page), target).catch(() => copyFile(join(outDir, page), target));
	}
}

/** One pass: a fresh Pagefind indexes the set's pages into `outputPath`; returns its pages. */
async function indexSet(outDir: string, set: SearchSet, outputPath: string): Promise<number> {
	const scratch = await mkdtemp(`${outDir.replace(/\/+$/, '')}.sok-`);
	try {
		await linkPages(outDir, set, scratch);
		const { index, errors } = await createIndex({});
		if (!index) throw new Error(errors.join('; '));
		const added = await index.addDirectory({ path: scratch, glob: SEARCHED_PAGES });
		if (added.errors.length) throw new Error(added.errors.join('; '));
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(written.errors.join('; '));
		return await indexedPages(outputPath);
	} finally {
		await close();
		await rm(scratch, { recursive: true, force: true });
	}
}

/**
 * Indexes the post pages below `outDir` into `outDir/pagefind/`, at most `maxPages` pages per index;
 * throws with Pagefind's errors.
 */
export async function indexSite(outDir: string, maxPages = SEARCH_SET_PAGES): Promise<IndexResult> {
	const started = performance.now();
	const root = join(outDir, 'pagefind');
	await rm(root, { recursive: true, force: true });
	const sets = await searchSets(outDir, SEARCHED_DIRS, maxPages);
	let pages = 0;
	for (const set of sets) pages += await indexSet(outDir, set, join(root, set.name));
	const list: IndexList = { indexes: sets.map((s) => `${s.name}/`) };
	await mkdir(root, { recursive: true });
	await writeFile(join(root, INDEX_LIST), `${JSON.stringify(list)}\n`);
	return { pages, seconds: (performance.now() - started) / 1000, indexes: sets.length };
}

/** Pages in every index listed in `<outDir>/pagefind/indexes.json` (0 when there is none). */
export async function countIndexedPages(outDir: string): Promise<number> {
	const root = join(outDir, 'pagefind');
	const list = await readFile(join(root, INDEX_LIST), 'utf8').then(
		(text) => (JSON.parse(text) as IndexList).indexes,
		() => [] as string[],
	);
	let pages = 0;
	for (const name of list) pages += await indexedPages(join(root, name));
	return pages;
}
