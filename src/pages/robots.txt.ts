/**
 * robots.txt: everything may be crawled, and the sitemap index is named with its absolute URL (the
 * one site-URL decision). A preview build asks crawlers to stay out and names no sitemap.
 */
import type { APIRoute } from 'astro';
import { getSettings } from '../content/store.ts';
import { absoluteUrl, sitemapUrl } from '../lib/urls.ts';
import { isPreview } from '../site/preview.ts';

export const GET: APIRoute = async () => {
	const lines = isPreview()
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
