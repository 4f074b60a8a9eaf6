// @ts-check
/**
 * The Astro blog starter's own config (`npm create astro -- --template blog`): MDX, sitemap and a
 * local font, default `build.concurrency`. The only change: the font file comes from the root
 * project's @fontsource package instead of a copied woff, so no binary lives in this folder.
 */
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, fontProviders } from 'astro/config';

// https://astro.build/config
export default defineConfig({
	site: 'https://example.com',
	integrations: [mdx(), sitemap()],
	fonts: [
		{
			provider: fontProviders.local(),
			name: 'Source Sans 3',
			cssVariable: '--font-body',
			fallbacks: ['sans-serif'],
			options: {
				variants: [
					{
						src: [
							'../../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
						],
						weight: '200 900',
						style: 'normal',
						display: 'swap',
					},
				],
			},
		},
	],
});
