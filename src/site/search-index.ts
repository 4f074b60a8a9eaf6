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
 * beside the build (removed after), so Pagefind keeps reading files itself. A rebuild reuses the
 * previous build's index of every set whose key (its pages' paths and bytes, the indexer's version;
 * `pagefind/set-keys.json`) is unchanged, by hard links (index files are never rewritten), so
 * publishing one post re-indexes only its own set. Called by the Astro
 * integration (src/integrations/pagefind.ts) or, in the atomic build, after Astro has exited
 * (scripts/search-index.ts).
 * @see https://pagefind.app/docs/multisite/ (mergeIndex), https://pagefind.app/docs/node-api/
 */
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { SEARCHED_DIRS, SEARCHED_PAGES } from './search.ts';
import { SEARCH_SET_PAGES, searchSets, type SearchSet } from './search-sets.ts';

/** Pages indexed (reused sets included), seconds, indexes written, and of those reused. */
export type IndexResult = { pages: number; seconds: number; indexes: number; reused: number };

/** `maxPages` per index; `previous`: a finished build folder whose unchanged indexes may be reused. */
export type IndexOptions = { maxPages?: number; previous?: string | undefined };

/** What /sok/ reads first: the index folders under /pagefind/, newest first. */
export type IndexList = { indexes: string[] };
export const INDEX_LIST = 'indexes.json';
/** Each index folder's set key (search-sets.ts), for the next build: `{ "<folder>": "<sha1>" }`. */
export const SET_KEYS = 'set-keys.json';

// What an index depends on besides its pages: the indexer's version and how this file calls it
// (bump INDEX_FORMAT when createIndex's options or the glob change).
const INDEX_FORMAT = 1;

/** What a set's key is salted with: Pagefind's version (its package.json beside its entry), the format. */
function keySalt(): string {
	const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
	const { version } = JSON.parse(readFileSync(fileURLToPath(manifest), 'utf8')) as {
		version: string;
	};
	return `pagefind ${version}, format ${INDEX_FORMAT}, ${SEARCHED_PAGES}`;
}

/** Pages in a written index (addDirectory counts every HTML file it read, indexed or not). */
async function indexedPages(outputPath: string): Promise<number> {
	const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

/**
 * Hard-links (or, across file systems, copies) each of `files` (paths relative to `from`) to the
 * same path below `to`, 64 at a time.
 */
async function linkFiles(from: string, to: string, files: readonly string[]): Promise<void> {
	for (const dir of new Set(files.map((file) => dirname(join(to, file)))))
		await mkdir(dir, { recursive: true });
	for (let i = 0; i < files.length; i += 64) {
		await Promise.all(
			files.slice(i, i + 64).map((file) => {
				const [source, target] = [join(from, file), join(to, file)];
				return link(source, target).catch(() => copyFile(source, target));
			}),
		);
	}
}

/** One pass: a fresh Pagefind indexes the set's pages into `outputPath`; returns its pages. */
async function indexSet(outDir: string, set: SearchSet, outputPath: string): Promise<number> {
	const scratch = await mkdtemp(`${outDir.replace(/\/+$/, '')}.sok-`);
	try {
		await linkFiles(outDir, scratch, set.pages);
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

/** The previous build's set keys (empty when it has none or they cannot be read). */
async function previousKeys(previous: string | undefined): Promise<Record<string, string>> {
	if (!previous) return {};
	return readFile(join(previous, 'pagefind', SET_KEYS), 'utf8').then(
		(text) => JSON.parse(text) as Record<string, string>,
		() => ({}),
	);
}

/**
 * The previous build's index of `set` linked into `outputPath` when its key is unchanged; its
 * pages, or null (nothing left behind) when it cannot be reused.
 */
async function reuseSet(
	previous: string | undefined,
	keys: Record<string, string>,
	set: SearchSet,
	outputPath: string,
): Promise<number | null> {
	if (!previous || keys[set.name] !== set.key) return null;
	try {
		const from = join(previous, 'pagefind', set.name);
		const entries = await readdir(from, { recursive: true, withFileTypes: true });
		const files = entries.filter((e) => e.isFile());
		await linkFiles(
			from,
			outputPath,
			files.map((e) => relative(from, join(e.parentPath, e.name))),
		);
		return await indexedPages(outputPath);
	} catch {
		await rm(outputPath, { recursive: true, force: true });
		return null;
	}
}

/**
 * Indexes the post pages below `outDir` into `outDir/pagefind/`, at most `maxPages` pages per index,
 * reusing `previous`'s index of every unchanged set; throws with Pagefind's errors.
 */
export async function indexSite(outDir: string, options: IndexOptions = {}): Promise<IndexResult> {
	const started = performance.now();
	const root = join(outDir, 'pagefind');
	await rm(root, { recursive: true, force: true });
	const sets = await searchSets(
		outDir,
		SEARCHED_DIRS,
		options.maxPages ?? SEARCH_SET_PAGES,
		keySalt(),
	);
	const keys = await previousKeys(options.previous);
	let pages = 0;
	let reused = 0;
	for (const set of sets) {
		const outputPath = join(root, set.name);
		const linked = await reuseSet(options.previous, keys, set, outputPath);
		if (linked !== null) reused++;
		pages += linked ?? (await indexSet(outDir, set, outputPath));
	}
	const list: IndexList = { indexes: sets.map((s) => `${s.name}/`) };
	await mkdir(root, { recursive: true });
	await writeFile(join(root, INDEX_LIST), `${JSON.stringify(list)}\n`);
	const setKeys = Object.fromEntries(sets.map((s) => [s.name, s.key]));
	await writeFile(join(root, SET_KEYS), `${JSON.stringify(setKeys)}\n`);
	return { pages, seconds: (performance.now() - started) / 1000, indexes: sets.length, reused };
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
