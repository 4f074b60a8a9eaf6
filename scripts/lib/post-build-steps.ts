/**
 * Commands run on a finished build folder before it is swapped in (same list for `npm run build`,
 * the drafts preview, the publish server and the benchmark's rebuild). `{outDir}` in an argument
 * is replaced by the folder; the environment also carries BUILD_OUT_DIR.
 */
import type { BuildStep } from './atomic-build.ts';

/**
 * The search index (Pagefind), after `astro build` has exited: its indexer then never runs beside
 * Astro's process, so a build's peak memory is the larger of the two, not their sum
 * (bench/README.md). SEARCH_INDEX_AFTER_BUILD tells `astro build` to leave it to this step.
 */
export const SEARCH_STEP: BuildStep = {
	name: 'sok',
	command: ['node', 'scripts/search-index.ts', '{outDir}'],
	buildEnv: { SEARCH_INDEX_AFTER_BUILD: '1' },
};

export const POST_BUILD_STEPS: readonly BuildStep[] = [SEARCH_STEP];
