/**
 * Astro config: a static Norwegian news site built from Sanity content (see src/sanity/).
 * Content is loaded once per build by src/sanity/content.ts, not the content layer (DESIGN.md).
 */
import { defineConfig } from 'astro/config';
import contentReport from './src/integrations/content-report.ts';
import images from './src/integrations/images.ts';

export default defineConfig({
	site: process.env.SITE_URL || 'https://trondelag.example.no',
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// Pages are written while the main thread waits; more in flight halves build time (DESIGN.md).
		concurrency: 32,
	},
	// images first: it writes dist/bilder/ before the content report is printed.
	integrations: [images(), contentReport()],
	devToolbar: { enabled: false },
});
