/**
 * One feed item's content, shared by RSS and JSON Feed so both say the same thing: full HTML with
 * absolute URLs, the plain-text summary, the share image, topics as tags, the contact person.
 * Other issues supply fields (deadline, contact block, attachments); this module decides the markup.
 */
import { FEED_ID_PREFIX } from '../../consts.ts';
import type { ShareImage } from '../../content/share.ts';
import type { Post } from '../../content/store.ts';
import { absoluteBodyHtml } from '../../content/absolute.ts';
import { langWhereDifferent } from '../../lib/languages.ts';
import { renderFigure } from '../../render/figure.ts';
import { feedItemExtras } from './item-extras.ts';

/** Per-item overrides a feed may set, e.g. the Facebook feed's own text and a stable id. */
export type ItemOverrides = {
	/** Plain text used instead of the excerpt as description/summary. */
	description?: string | undefined;
	/**
	 * Write the description as the exact text, not as escaped HTML: for machines that post it as
	 * it is (the Facebook poster and RSS-to-Facebook tools), "&" must stay "&", not "&amp;".
	 */
	rawDescription?: boolean | undefined;
	/** A guid that is not the permalink (e.g. the document `_id`), so edits to the slug do not repost. */
	guid?: { value: string; isPermaLink: false } | undefined;
};

export type FeedItem = {
	/** RSS guid / JSON Feed id: the post's permanent id (feedItemId) unless overridden. */
	id: string;
	idIsPermaLink: boolean;
	url: string;
	title: string;
	/** Plain text (not HTML): RSS description, JSON Feed summary. */
	summary: string;
	/** RSS: the summary goes out as it is (ItemOverrides.rawDescription), not escaped as HTML. */
	rawSummary: boolean;
	/** Full HTML with absolute URLs: content:encoded, content_html (in `<div lang>` when not bokmål). */
	contentHtml: string;
	/** The post's written standard: JSON Feed item `language` (the feeds themselves are `nb`). */
	language: string;
	published: string;
	modified: string;
	/** Topic titles: RSS categories, JSON Feed tags. */
	tags: string[];
	image: ShareImage | null;
	/** The post's contact person (RSS dc:creator, JSON Feed author). */
	author: { name: string } | null;
};

/**
 * The HTML of a post as feed readers and RSS-to-Facebook tools get it (absolute URLs, built where
 * the markup is made); a post not in the feed's language (nynorsk) is wrapped in `<div lang>`, as
 * RSS has no language per item.
 */
export function feedItemHtml(post: Post, site: string): string {
	const figure = post.mainImage ? renderFigure(post.mainImage, { baseUrl: site, plain: true }) : '';
	const html = `${figure}${absoluteBodyHtml(post, site)}${feedItemExtras(post)}`;
	const lang = langWhereDifferent(post.language);
	return lang ? `<div lang="${lang}">${html}</div>` : html;
}

/**
 * The permanent id of a post in feeds, from its document `_id` (never the slug): a tag URI,
 * RFC 4151 (`FEED_ID_PREFIX`). RSS writes it as `<guid isPermaLink="false">`, JSON Feed as `id`.
 */
export const feedItemId = (postId: string) => `${FEED_ID_PREFIX}${encodeURIComponent(postId)}`;

/** The item of `post` for a site at `site`, with the feed's overrides applied. */
export function feedItem(post: Post, site: string, overrides: ItemOverrides = {}): FeedItem {
	return {
		id: overrides.guid?.value ?? feedItemId(post._id),
		idIsPermaLink: false,
		url: post.url,
		title: post.title,
		summary: overrides.description ?? post.excerpt,
		rawSummary: overrides.rawDescription === true,
		contentHtml: feedItemHtml(post, site),
		language: post.language,
		published: new Date(post.publishedTime).toISOString(),
		modified: post.updatedAt,
		tags: post.topics.map((topic) => topic.title),
		image: post.share,
		author: post.contact ? { name: post.contact.name } : null,
	};
}
