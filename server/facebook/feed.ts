/**
 * Reads the site's `/facebook.xml` (RSS 2.0, one <item> per post marked «Del på Facebook»):
 * <title>, <link> (absolute post URL), <description> (the Facebook text, plain), <pubDate>
 * (RFC 822) and <guid isPermaLink="false"> holding the Sanity document `_id`, the key of the
 * state file. The XML must be well-formed (checked by fast-xml-validator before parsing); an item
 * that lacks a field is skipped with a Norwegian note.
 * @see https://www.rssboard.org/rss-specification
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

export type FeedItem = {
	/** The Sanity document `_id` (the item's guid). */
	id: string;
	title: string;
	link: string;
	message: string;
	publishedAt: Date;
};

/** The feed is missing or not well-formed XML. */
export class FeedError extends Error {}

type Text = string | { '#text'?: string } | undefined;
type RawItem = { title?: Text; link?: Text; description?: Text; pubDate?: Text; guid?: Text };

const text = (value: Text): string =>
	(typeof value === 'object' ? (value['#text'] ?? '') : (value ?? '')).toString().trim();

function toItem(raw: RawItem, index: number): FeedItem | string {
	const id = text(raw.guid);
	const title = text(raw.title);
	const link = text(raw.link);
	const publishedAt = new Date(text(raw.pubDate));
	const where = `facebook.xml, element ${index + 1}${id ? ` (${id})` : ''}`;
	if (!id) return `${where}: mangler <guid>; hoppet over.`;
	const url = URL.parse(link);
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
		return `${where}: <link> er ikke en absolutt http(s)-adresse; hoppet over.`;
	if (Number.isNaN(publishedAt.getTime())) return `${where}: ugyldig <pubDate>; hoppet over.`;
	return { id, title, link, message: text(raw.description) || title, publishedAt };
}

/** Parses the feed; returns the valid items and one Norwegian note per skipped item. Throws FeedError. */
export function parseFacebookFeed(xml: string): { items: FeedItem[]; problems: string[] } {
	try {
		SyntaxValidator.validate(xml);
	} catch (error) {
		const { line, message } = error as { line?: number; message: string };
		throw new FeedError(`facebook.xml er ikke gyldig XML (linje ${line ?? '?'}): ${message}`);
	}
	const parser = new XMLParser({
		ignoreAttributes: false,
		parseTagValue: false,
		trimValues: true,
		isArray: (name) => name === 'item',
	});
	const doc = parser.parse(xml) as { rss?: { channel?: { item?: RawItem[] } } };
	if (!doc.rss?.channel)
		throw new FeedError('facebook.xml er ikke en RSS 2.0-feed (mangler <rss><channel>).');
	const items: FeedItem[] = [];
	const problems: string[] = [];
	for (const [index, raw] of (doc.rss.channel.item ?? []).entries()) {
		const item = toItem(raw, index);
		if (typeof item === 'string') problems.push(item);
		else items.push(item);
	}
	return { items, problems };
}
