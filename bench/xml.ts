/** Strict XML reading (saxes: well-formedness and namespaces) for feeds and the chart. */
import { SaxesParser } from 'saxes';

/**
 * Parses `xml` and calls `onElement` with each element's path from the root (e.g.
 * `['rss', 'channel', 'item']`); throws on the first well-formedness or namespace error.
 */
export function walkXml(xml: string, onElement: (path: readonly string[]) => void): void {
	const parser = new SaxesParser({ xmlns: true });
	const path: string[] = [];
	parser.on('error', (error) => {
		throw error;
	});
	parser.on('opentag', (tag) => {
		path.push(tag.name);
		onElement(path);
	});
	parser.on('closetag', () => path.pop());
	parser.write(xml).close();
}

/** How many elements sit at exactly `path` (slash-separated, e.g. "rss/channel/item"). */
export function countElements(xml: string, path: string): number {
	let count = 0;
	walkXml(xml, (p) => {
		if (p.join('/') === path) count++;
	});
	return count;
}
