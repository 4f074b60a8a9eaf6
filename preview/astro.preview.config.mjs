/**
 * The live preview server for the Studio's Presentation tool (docs/preview.md): its own
 * server-rendered Astro app (@astrojs/node, standalone), separate from the static site, which
 * never sees it. It renders the site's front page and post pages with the same layouts and store
 * code, from the Sanity API in the drafts perspective, with stega-encoded strings and the
 * visual-editing overlay (preview/). Build: `npm run preview:server:build`; run:
 * `npm run preview:server` (HOST, PORT; default 127.0.0.1:4322).
 */
import { fileURLToPath } from 'node:url';
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

export default defineConfig({
	root: fileURLToPath(new URL('..', import.meta.url)),
	srcDir: './preview',
	outDir: './.preview-server',
	output: 'server',
	adapter: node({ mode: 'standalone' }),
	trailingSlash: 'ignore',
	server: { host: '127.0.0.1', port: 4322 },
	devToolbar: { enabled: false },
	vite: {
		build: {
			// The overlay (React, Sanity UI) is one large chunk; it loads only inside the Studio.
			chunkSizeWarningLimit: 1500,
			rolldownOptions: {
				// @sanity/visual-editing's React parts mark modules "use client"; for a browser
				// bundle that directive means nothing, so dozens of warnings would say nothing.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
});
