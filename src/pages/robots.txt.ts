/**
 * robots.txt: everything may be crawled, and the sitemap index is named with its absolute URL (the
 * one site-URL decision). A drafts preview build asks crawlers to stay out and names no sitemap.
 */
import type { APIRoute } from 'astro';
import { buildConfig } from '../build-state.ts';
import { getSettings } from '../content/store.ts';
import { absoluteUrl, sitemapUrl } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
	const preview = buildConfig().source.perspective === 'drafts';
	const lines = preview
		? ['User-agent: *', 'Disallow: /']
		: [
				'User-agent: *',
				'Allow: /',
				'',
				`Sitemap: ${absoluteUrl(sitemapUrl(), (await getSettings()).url)}`,
			];
	return new Response(`${lines.join('\n')}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
