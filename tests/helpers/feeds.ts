/**
 * Reads an RSS feed three ways, as the feed tests require: a strict XML parser (well-formedness;
 * lenient feed parsers accept broken feeds) and two different feed parsers, rss-parser and
 * @extractus/feed-extractor. Also checks a JSON Feed against the 1.1 spec's required fields.
 */
import { extractFromXml } from '@extractus/feed-extractor';
import Parser from 'rss-parser';
import { childrenNamed, childText, parseXmlStrict, type XmlElement } from './xml.ts';

type RssItem = Parser.Item & { 'content:encoded'?: string };
const rssParser = new Parser<Record<string, unknown>, RssItem>({
	customFields: { item: ['content:encoded'] },
});

export type ParsedRss = {
	/** The strictly parsed <rss> element. */
	xml: XmlElement;
	channel: XmlElement;
	items: XmlElement[];
	rssParser: Parser.Output<RssItem>;
	extractor: ReturnType<typeof extractFromXml>;
	/** Item links, in order, as the strict parser read them. */
	links: string[];
};

/** Parses with all three; throws when the XML is not well-formed or the parsers disagree on the links. */
export async function parseRss(text: string): Promise<ParsedRss> {
	const xml = parseXmlStrict(text);
	if (xml.name !== 'rss' || xml.attributes.version !== '2.0') throw new Error('not RSS 2.0');
	const channel = childrenNamed(xml, 'channel')[0]!;
	const items = childrenNamed(channel, 'item');
	const links = items.map((i) => childText(i, 'link'));
	const parsed = await rssParser.parseString(text);
	const extracted = extractFromXml(text);
	const fromParser = parsed.items.map((i) => i.link ?? '');
	const fromExtractor = (extracted.entries ?? []).map((e) => e.link ?? '');
	if (JSON.stringify(fromParser) !== JSON.stringify(links))
		throw new Error(`rss-parser read other links: ${fromParser.join(', ')}`);
	if (JSON.stringify(fromExtractor) !== JSON.stringify(links))
		throw new Error(`feed-extractor read other links: ${fromExtractor.join(', ')}`);
	return { xml, channel, items, rssParser: parsed, extractor: extracted, links };
}

/** Problems of a JSON Feed against the 1.1 spec's required fields ([] when valid). */
export function jsonFeedProblems(feed: unknown): string[] {
	const problems: string[] = [];
	const f = feed as Record<string, unknown>;
	if (f?.version !== 'https://jsonfeed.org/version/1.1') problems.push('version');
	if (typeof f?.title !== 'string' || !f.title) problems.push('title');
	if (!Array.isArray(f?.items)) return [...problems, 'items'];
	const ids = new Set<string>();
	f.items.forEach((item: Record<string, unknown>, i: number) => {
		if (typeof item.id !== 'string' || !item.id) problems.push(`items[${i}].id`);
		else if (ids.has(item.id)) problems.push(`items[${i}].id duplicate`);
		else ids.add(item.id);
		if (typeof item.content_html !== 'string' && typeof item.content_text !== 'string')
			problems.push(`items[${i}].content_html|content_text`);
		for (const key of ['date_published', 'date_modified'])
			if (key in item && Number.isNaN(Date.parse(String(item[key]))))
				problems.push(`items[${i}].${key}`);
	});
	for (const key of ['home_page_url', 'feed_url', 'icon', 'favicon'])
		if (key in f && !/^https?:\/\//.test(String(f[key]))) problems.push(key);
	return problems;
}
