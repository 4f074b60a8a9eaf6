/** RSS 2.0 with the `rss` package: full HTML in content:encoded, main image as enclosure, topics as categories. */
import RSS from 'rss';
import type { Post, Settings } from '../sanity/content.ts';
import { renderFigure } from '../sanity/figure.ts';
import { imageUrl } from '../sanity/images.ts';
import { absolutizeHtml, absoluteUrl, postUrl } from './urls.ts';

export type FeedInput = { title: string; description: string; path: string; pagePath: string; posts: readonly Post[]; settings: Settings };

/** The HTML of a post as feed readers and RSS-to-Facebook tools get it (absolute URLs). */
export function feedItemHtml(post: Post, site: string): string {
	const figure = post.mainImage ? renderFigure(post.mainImage) : '';
	return absolutizeHtml(`${figure}${post.bodyHtml}`, site);
}

/** Renders an RSS document for a list of posts (newest first). */
export function buildRss({ title, description, path, pagePath, posts, settings }: FeedInput): string {
	const site = settings.url;
	const feed = new RSS({
		title,
		description,
		feed_url: absoluteUrl(path, site),
		site_url: absoluteUrl(pagePath, site),
		language: 'nb',
		pubDate: posts[0] ? new Date(posts[0].publishedAt) : undefined,
		ttl: 60,
		custom_namespaces: { content: 'http://purl.org/rss/1.0/modules/content/' },
	});
	for (const post of posts) {
		const url = absoluteUrl(postUrl(post.slug), site);
		const image = post.mainImage?.asset;
		feed.item({
			title: post.title,
			description: post.excerpt,
			// No explicit guid: the rss package then uses the permalink with isPermaLink="true".
			url,
			date: post.publishedAt,
			categories: post.topics.map((tp) => tp.title),
			...(image ? { enclosure: { url: absoluteUrl(imageUrl(image), site), size: image.size ?? 0, type: image.mimeType ?? 'image/jpeg' } } : {}),
			custom_elements: [{ 'content:encoded': { _cdata: feedItemHtml(post, site) } }],
		});
	}
	return feed.xml({ indent: true });
}

/** A feed response with the right content type. */
export function rssResponse(xml: string): Response {
	return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
