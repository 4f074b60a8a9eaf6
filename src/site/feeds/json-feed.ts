/**
 * JSON Feed 1.1 as a typed object: the same items as RSS (src/site/feeds/item.ts), serialised
 * with JSON.stringify, so every string is escaped for JSON by construction.
 * @see https://jsonfeed.org/version/1.1
 */
import type { Settings } from '../../content/store.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { siteLogo } from '../logo.ts';
import type { Feed } from './feeds.ts';
import { feedItem } from './item.ts';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export type JsonFeedAuthor = { name?: string; url?: string; avatar?: string };
export type JsonFeedAttachment = {
	url: string;
	mime_type: string;
	title?: string;
	size_in_bytes?: number;
};
/** A JSON Feed item: `id` is required, and at least one of content_html and content_text. */
export type JsonFeedItem = {
	id: string;
	url?: string;
	title?: string;
	content_html?: string;
	content_text?: string;
	summary?: string;
	image?: string;
	date_published?: string;
	date_modified?: string;
	authors?: JsonFeedAuthor[];
	tags?: string[];
	language?: string;
	attachments?: JsonFeedAttachment[];
} & ({ content_html: string } | { content_text: string });
/** A JSON Feed 1.1 document: `version`, `title` and `items` are required. */
export type JsonFeed = {
	version: typeof JSON_FEED_VERSION;
	title: string;
	home_page_url?: string;
	feed_url?: string;
	description?: string;
	icon?: string;
	favicon?: string;
	authors?: JsonFeedAuthor[];
	language?: string;
	items: JsonFeedItem[];
};

/** The JSON Feed of `feed` for the site described by `settings` (items newest first). */
export function buildJsonFeed(feed: Feed, settings: Settings, jsonPath: string): JsonFeed {
	const site = settings.url;
	const logo = siteLogo(settings, 'icon');
	return {
		version: JSON_FEED_VERSION,
		title: feed.title,
		home_page_url: absoluteUrl(feed.pagePath, site),
		feed_url: absoluteUrl(jsonPath, site),
		description: feed.description,
		...(logo ? { icon: logo.url } : {}),
		favicon: absoluteUrl('/favicon.svg', site),
		authors: [{ name: settings.organisation ?? settings.title, url: absoluteUrl('/', site) }],
		language: 'nb',
		items: feed.posts.map((post) => {
			const item = feedItem(post, site, feed.options?.item?.(post));
			return {
				id: item.id,
				url: item.url,
				title: item.title,
				content_html: item.contentHtml,
				summary: item.summary,
				...(item.image ? { image: item.image.url } : {}),
				date_published: new Date(item.published).toISOString(),
				date_modified: new Date(item.modified).toISOString(),
				...(item.author ? { authors: [{ name: item.author.name }] } : {}),
				...(item.tags.length ? { tags: item.tags } : {}),
				language: item.language,
				...(item.image
					? {
							attachments: [
								{
									url: item.image.url,
									mime_type: item.image.type,
									...(item.image.caption ? { title: item.image.caption } : {}),
									...(item.image.bytes ? { size_in_bytes: item.image.bytes } : {}),
								},
							],
						}
					: {}),
			};
		}),
	};
}

/** A JSON Feed response (application/feed+json, as the spec recommends). */
export function jsonFeedResponse(feed: JsonFeed): Response {
	return new Response(JSON.stringify(feed, null, '\t'), {
		headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
	});
}
