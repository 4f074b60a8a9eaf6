/**
 * A strict XML parser for tests (saxes: XML 1.0 well-formedness, namespaces): a feed a lenient
 * reader would accept but that is not well-formed fails here. Returns a small element tree.
 */
import { SaxesParser } from 'saxes';

export type XmlElement = {
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	text: string;
};

/** Parses `xml`; throws on the first well-formedness error. */
export function parseXml(xml: string): XmlElement {
	const parser = new SaxesParser({ xmlns: true });
	const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
	const stack = [root];
	parser.on('error', (e) => {
		throw e;
	});
	parser.on('opentag', (tag) => {
		const attributes = Object.fromEntries(
			Object.values(tag.attributes).map((a) => [a.name, a.value]),
		);
		const el: XmlElement = { name: tag.name, attributes, children: [], text: '' };
		stack.at(-1)!.children.push(el);
		stack.push(el);
	});
	parser.on('text', (text) => (stack.at(-1)!.text += text));
	parser.on('cdata', (text) => (stack.at(-1)!.text += text));
	parser.on('closetag', () => stack.pop());
	parser.write(xml).close();
	return root.children[0]!;
}

/** Every element named `name` below `el`, depth first. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
	return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}

/** The text of the first child element named `name` (trimmed), or undefined. */
export const childText = (el: XmlElement, name: string): string | undefined =>
	el.children.find((c) => c.name === name)?.text.trim();
