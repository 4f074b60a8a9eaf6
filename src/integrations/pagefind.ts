/**
 * Site search at the end of `astro build`: Pagefind indexes the finished folder
 * (src/site/search-index.ts), so test builds that call `astro build` directly have an index too.
 * The atomic build (`npm run build`, the publish server) sets SEARCH_INDEX_AFTER_BUILD and indexes
 * in a post-build step instead, after Astro's process has exited. The log line times it
 * separately from the build (the benchmark reads it).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildConfig } from '../build-state.ts';
import { buildsSearchIndex } from '../config.ts';
import { searchMessages as m } from '../report/messages.ts';
import { indexSite } from '../site/search-index.ts';

export default function pagefind(): AstroIntegration {
	return {
		name: 'ks-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				// A measuring build of the core page set (BUILD_OUTPUTS) times search on its own line.
				const config = buildConfig();
				if (!buildsSearchIndex(config) || config.searchIndexAfterBuild) return;
				try {
					const { pages, seconds, indexes } = await indexSite(fileURLToPath(dir));
					logger.info(m.indexed(pages, seconds, indexes));
				} catch (e) {
					throw new Error(m.failed(e instanceof Error ? e.message : String(e)));
				}
			},
		},
	};
}
