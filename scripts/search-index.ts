/**
 * `node scripts/search-index.ts <build folder>`: the atomic build's search step
 * (scripts/lib/post-build-steps.ts). Writes Pagefind's index into `<folder>/pagefind/` after
 * `astro build` has exited, so the indexer's memory never adds to Astro's; a preview or a build
 * without the `search` family gets none. A rebuild reuses the indexes of the live build
 * (PREVIOUS_BUILD_DIR) whose pages did not change. Exits 1 with one Norwegian line when it fails, which
 * stops the swap: `dist` keeps the previous site.
 */
import { buildsSearchIndex, readConfig } from '../src/config.ts';
import { searchMessages as m } from '../src/report/messages.ts';
import { indexSite } from '../src/site/search-index.ts';

const outDir = process.argv[2];
if (!outDir) {
	console.error(
		m.failed('mappen som skal indekseres mangler (node scripts/search-index.ts <mappe>)'),
	);
	process.exit(1);
}
try {
	const config = readConfig();
	if (buildsSearchIndex(config)) {
		const result = await indexSite(outDir, { previous: config.previousBuildDir });
		console.log(m.indexed(result.pages, result.seconds, result.indexes, result.reused));
	}
} catch (e) {
	console.error(m.failed(e instanceof Error ? e.message : String(e)));
	process.exit(1);
}
