/**
 * Commands run on a finished build folder before it is swapped in (same list for `npm run build`
 * and the publish server). `{outDir}` in an argument is replaced by the folder; the environment
 * also carries BUILD_OUT_DIR. Empty for now: the search issue adds Pagefind indexing here, e.g.
 * `{ name: 'pagefind', command: ['node_modules/.bin/pagefind', '--site', '{outDir}'] }`.
 */
import type { BuildStep } from './atomic-build.ts';

export const POST_BUILD_STEPS: readonly BuildStep[] = [];
