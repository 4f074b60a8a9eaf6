/**
 * Pagefind's index of a finished build folder, written to `<folder>/pagefind/`. Only post pages are
 * read and indexed (they alone carry `data-pagefind-body`; SEARCHED_PAGES). Pagefind 1.6 writes one
 * index per `<html lang>`, and a search loads only the index of the search page's language; every
 * page shell is `lang="nb"` (a nynorsk post says `lang="nn"` on its article only), so bokmål and
 * nynorsk posts share one index and one search. Pagefind stems `nb` (and `nn`) with the Snowball
 * Norwegian stemmer, whose endings cover nynorsk forms too (-ar, -ane: «ordføraren» finds
 * «ordførarar»). docs/klarsprak.md has the measurements. Called by the Astro
 * integration (src/integrations/pagefind.ts) or, in the atomic build, after Astro has exited
 * (scripts/search-index.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { SEARCHED_PAGES } from './search.ts';

export type IndexResult = { pages: number; seconds: number };

/** Pages in the written index (addDirectory counts every HTML file it read, indexed or not). */
async function indexedPages(outputPath: string): Promise<number> {
	const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

/** Indexes the HTML below `outDir` into `outDir/pagefind/`; throws with Pagefind's errors. */
export async function indexSite(outDir: string): Promise<IndexResult> {
	const started = performance.now();
	try {
		const { index, errors } = await createIndex({});
		if (!index) throw new Error(errors.join('; '));
		const added = await index.addDirectory({ path: outDir, glob: SEARCHED_PAGES });
		if (added.errors.length) throw new Error(added.errors.join('; '));
		const outputPath = join(outDir, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(written.errors.join('; '));
		return { pages: await indexedPages(outputPath), seconds: (performance.now() - started) / 1000 };
	} finally {
		await close();
	}
}
