/**
 * Astro config: a static Norwegian news site built from Sanity content (docs/architecture.md).
 * Content is loaded once per build by src/content/store.ts, not the content layer. Configuration
 * comes from src/config.ts (the only reader of the environment); the public site URL is decided by
 * the content-report integration and handed to Astro as `site`.
 */
import { defineConfig } from 'astro/config';
import { buildConfig } from './src/build-state.ts';
import contentReport from './src/integrations/content-report.ts';
import addresses from './src/integrations/addresses.ts';
import attachments from './src/integrations/attachments.ts';
import images from './src/integrations/images.ts';
import pagefind from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';
import workers from './src/integrations/workers.ts';
import { renderConcurrency } from './src/prerender/pool.ts';
import { cspConfig } from './src/site/csp.ts';

let config;
try {
	config = buildConfig();
} catch (e) {
	console.error(`[sanity] ${e instanceof Error ? e.message : e}`);
	process.exit(1);
}

export default defineConfig({
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// Pages are written while the main thread waits; more in flight halves build time
		// (docs/architecture.md); with worker threads, room for the pages they hold (src/prerender/).
		concurrency: renderConcurrency(config.buildWorkers),
	},
	security: { csp: cspConfig(config) },
	// images and attachments first: they write dist/bilder/ and dist/vedlegg/ (and report what
	// failed) before the content report is printed and written; the old addresses (redirects,
	// «Saken er fjernet», copies of moved attachments) after the attachments. A preview (drafts, releases) gets
	// no sitemap and no search index (DESIGN.md: dist-preview/; src/site/preview.ts has the rest).
	integrations: [
		workers(),
		images(),
		attachments(),
		...(config.preview ? [] : [addresses(), sitemap(), pagefind()]),
		contentReport(),
	],
	devToolbar: { enabled: false },
	// In the atomic build (INCREMENTAL_BUILD=1), pages whose getStaticPaths() gives a cacheKey
	// (src/content/page-keys.ts) are restored from the previous build when nothing they show
	// changed: the publish loop's one-post rebuild.
	experimental: { incrementalBuild: config.incrementalBuild },
	// A preview keeps its own cache (incremental pages, Vite): it would otherwise invalidate the
	// production build's cache on every drafts build, and the next publish would render everything.
	...(config.preview ? { cacheDir: './node_modules/.astro-preview/' } : {}),
});
