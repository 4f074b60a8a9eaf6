/**
 * A strict XML 1.0 parser for tests: every well-formedness error throws, including characters XML
 * forbids (U+000B, U+0008, U+FFFE …), which lenient feed parsers such as rss-parser accept. saxes
 * checks the Char production (XML 1.0 §2.2) and namespaces; this builds a small element tree.
 */
import { SaxesParser } from 'saxes';

export type XmlElement = {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	/** The element's own text and CDATA, concatenated (not its descendants'). */
	text: string;
};

/** Parses `xml` strictly; throws an Error naming the line and column of the first fault. */
export function parseXmlStrict(xml: string): XmlElement {
	const parser = new SaxesParser({ xmlns: true });
	const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
	const stack = [root];
	let error: Error | undefined;
	parser.on('error', (e) => {
		error ??= e;
	});
	parser.on('opentag', (tag) => {
		const el: XmlElement = {
			name: tag.name,
			attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, a]) => [k, a.value])),
			children: [],
			text: '',
		};
		stack.at(-1)!.children.push(el);
		stack.push(el);
	});
	parser.on('closetag', () => void stack.pop());
	parser.on('text', (t) => void (stack.at(-1)!.text += t));
	parser.on('cdata', (t) => void (stack.at(-1)!.text += t));
	parser.write(xml).close();
	if (error) throw error;
	return root.children[0]!;
}

/** Every element named `name` below `el`, depth first. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
	return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}
