/**
 * Site search: Pagefind indexes the finished build folder at the end of `astro build` — before
 * `npm run build` swaps it into dist/, and also in test builds that call `astro build` directly —
 * and writes its files to `pagefind/` in it. Only post pages are read and indexed (they alone carry
 * `data-pagefind-body`; SEARCHED_PAGES), in the pages' language (`lang="nb"`: Pagefind 1.6 stems it with the
 * Snowball Norwegian stemmer). The log line times it separately from the build (the benchmark).
 */
import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { searchMessages as m } from '../sanity/messages.ts';
import { buildsOutput } from '../site/outputs.ts';
import { SEARCHED_PAGES } from '../site/search.ts';

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

export default function pagefind(): AstroIntegration {
	return {
		name: 'ks-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				// A measuring build of the core page set (BUILD_OUTPUTS) times search on its own line.
				if (!buildsOutput('search')) return;
				try {
					const { pages, seconds } = await indexSite(fileURLToPath(dir));
					logger.info(m.indexed(pages, seconds));
				} catch (e) {
					throw new Error(m.failed(e instanceof Error ? e.message : String(e)));
				}
			},
		},
	};
}
