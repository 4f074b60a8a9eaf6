/**
 * RSS 2.0 with the `rss` package (it writes the atom:link self and dc namespaces): full HTML in
 * content:encoded, the share image as enclosure and as Media RSS `media:content` with its caption
 * and credit, topics as categories, the contact person as dc:creator, the logo as channel image.
 * @see https://www.rssboard.org/rss-specification, https://www.rssboard.org/media-rss
 */
import RSS from 'rss';
import type { Settings } from '../../content/store.ts';
import { escapeText } from '../../lib/escape.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import type { ImageFile } from '../../images/responsive.ts';
import { siteLogo } from '../logo.ts';
import type { Feed } from './feeds.ts';
import { feedItem, type FeedItem } from './item.ts';

export const RSS_NAMESPACES = {
	content: 'http://purl.org/rss/1.0/modules/content/',
	media: 'http://search.yahoo.com/mrss/',
} as const;

export type FeedContext = { settings: Settings; now: Date };

/** The newest change among the items (RSS lastBuildDate: "the last time the content changed"), else `now`. */
export function lastChange(items: readonly Pick<FeedItem, 'modified'>[], now: Date): Date {
	const times = items.map((i) => Date.parse(i.modified)).filter((n) => !Number.isNaN(n));
	return times.length ? new Date(Math.max(...times)) : now;
}

/** `media:content` for the item's image: size, type, caption as title, alt text and credit. */
function mediaContent(image: NonNullable<FeedItem['image']>) {
	const attrs = {
		url: image.url,
		type: image.type,
		medium: 'image',
		width: image.width,
		height: image.height,
		...(image.bytes ? { fileSize: image.bytes } : {}),
	};
	return {
		'media:content': [
			{ _attr: attrs },
			...(image.caption ? [{ 'media:title': [{ _attr: { type: 'plain' } }, image.caption] }] : []),
			...(image.alt ? [{ 'media:description': [{ _attr: { type: 'plain' } }, image.alt] }] : []),
			...(image.credit ? [{ 'media:credit': image.credit }] : []),
		],
	};
}

/** The RSS 2.0 channel `<image>` element for the `rss` package's custom elements. */
function channelImage(logo: ImageFile, title: string, link: string) {
	return {
		image: [{ url: logo.url }, { title }, { link }, { width: logo.width }, { height: logo.height }],
	};
}

/** Renders a feed as RSS 2.0 XML (items in the order given: newest first). */
export function buildRss(feed: Feed, { settings, now }: FeedContext): string {
	const site = settings.url;
	const items = feed.posts.map((post) => feedItem(post, site, feed.options?.item?.(post)));
	const logo = siteLogo(settings, 'feed');
	const rss = new RSS({
		title: feed.title,
		description: escapeText(feed.description),
		generator: settings.title,
		feed_url: absoluteUrl(feed.path, site),
		site_url: absoluteUrl(feed.pagePath, site),
		language: 'nb',
		pubDate: feed.posts[0] ? new Date(feed.posts[0].publishedTime) : undefined,
		ttl: 60,
		custom_namespaces: RSS_NAMESPACES,
		// The channel <image> (RSS 2.0: url, title and link as the channel's; width ≤ 144).
		...(logo
			? { custom_elements: [channelImage(logo, feed.title, absoluteUrl(feed.pagePath, site))] }
			: {}),
	});
	for (const item of items) {
		rss.item({
			title: item.title,
			// Readers treat <description> as HTML: the plain-text summary is escaped as text, unless
			// the feed is for machines that post the text as it is (the Facebook feed).
			description: item.rawSummary ? item.summary : escapeText(item.summary),
			url: item.url,
			// Without a guid the package writes the permalink with isPermaLink="true".
			...(item.idIsPermaLink ? {} : { guid: item.id }),
			date: item.published,
			categories: item.tags,
			...(item.author ? { author: item.author.name } : {}),
			...(item.image
				? { enclosure: { url: item.image.url, size: item.image.bytes, type: item.image.type } }
				: {}),
			custom_elements: [
				{ 'content:encoded': { _cdata: item.contentHtml } },
				...(item.image ? [mediaContent(item.image)] : []),
			],
		});
	}
	// The package stamps lastBuildDate with the wall clock; the feed says when its content changed.
	return rss
		.xml({ indent: true })
		.replace(
			/<lastBuildDate>[^<]*<\/lastBuildDate>/,
			`<lastBuildDate>${lastChange(items, now).toUTCString()}</lastBuildDate>`,
		);
}

/** An RSS response with the right content type. */
export function rssResponse(xml: string): Response {
	return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
