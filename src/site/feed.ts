/** RSS 2.0 with the `rss` package: full HTML in content:encoded, share image as enclosure, topics as categories. */
import RSS from 'rss';
import type { Post, Settings } from '../content/store.ts';
import { renderFigure } from '../render/figure.ts';
import { absolutizeHtml, absoluteUrl } from '../lib/urls.ts';
import { channelImage, feedItemExtras, plainImages } from './feed-item.ts';

export type FeedInput = {
	title: string;
	description: string;
	path: string;
	pagePath: string;
	posts: readonly Post[];
	settings: Settings;
};

/** The HTML of a post as feed readers and RSS-to-Facebook tools get it (absolute URLs). */
export function feedItemHtml(post: Post, site: string): string {
	const figure = post.mainImage ? renderFigure(post.mainImage) : '';
	return absolutizeHtml(plainImages(`${figure}${post.bodyHtml}`) + feedItemExtras(post), site);
}

/** The item's enclosure: the post's share image (the store's one choice), which RSS-to-Facebook tools post. */
const enclosure = (post: Post) =>
	post.share
		? { enclosure: { url: post.share.url, size: post.share.bytes, type: post.share.type } }
		: {};

/** Renders an RSS document for a list of posts (newest first). */
export async function buildRss({
	title,
	description,
	path,
	pagePath,
	posts,
	settings,
}: FeedInput): Promise<string> {
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
		...channelImage(settings, { title, link: absoluteUrl(pagePath, site) }),
	});
	for (const post of posts) {
		feed.item({
			title: post.title,
			description: post.excerpt,
			// No explicit guid: the rss package then uses the permalink with isPermaLink="true".
			url: post.url,
			date: post.publishedAt,
			categories: post.topics.map((tp) => tp.title),
			...enclosure(post),
			custom_elements: [{ 'content:encoded': { _cdata: feedItemHtml(post, site) } }],
		});
	}
	return feed.xml({ indent: true });
}

/** A feed response with the right content type. */
export function rssResponse(xml: string): Response {
	return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
