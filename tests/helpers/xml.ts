/**
 * A strict XML 1.0 parser for tests: saxes rejects anything not well-formed (unclosed or
 * mismatched tags, bad entities, characters XML forbids such as U+000B, unbound namespace
 * prefixes) and throws with the position. Returns a small element tree to query.
 */
import { SaxesParser } from 'saxes';

export type XmlElement = {
	/** Qualified name as written, e.g. `media:content`. */
	name: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	/** Text and CDATA directly inside this element. */
	text: string;
};

/** Parses `text` strictly (namespaces checked); throws on the first well-formedness error. */
export function parseXmlStrict(text: string): XmlElement {
	const parser = new SaxesParser({ xmlns: true, position: true });
	const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
	const stack: XmlElement[] = [root];
	let failure: Error | undefined;
	parser.on('error', (e) => {
		failure ??= e;
	});
	parser.on('opentag', (tag) => {
		const attributes: Record<string, string> = {};
		for (const [name, attr] of Object.entries(tag.attributes))
			attributes[name] = typeof attr === 'string' ? attr : attr.value;
		const element: XmlElement = { name: tag.name, attributes, children: [], text: '' };
		stack.at(-1)!.children.push(element);
		stack.push(element);
	});
	parser.on('closetag', () => void stack.pop());
	parser.on('text', (t) => void (stack.at(-1)!.text += t));
	parser.on('cdata', (t) => void (stack.at(-1)!.text += t));
	parser.write(text).close();
	if (failure) throw failure;
	const [document] = root.children;
	if (!document) throw new Error('no root element');
	return document;
}

/** Child elements named `name` (qualified). */
export const childrenNamed = (el: XmlElement, name: string) =>
	el.children.filter((c) => c.name === name);

/** The first child element named `name`, or undefined. */
export const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);

/** The trimmed text of the first child named `name` ('' when absent). */
export const childText = (el: XmlElement, name: string) => child(el, name)?.text.trim() ?? '';

/** Every element named `name` below `el`, depth first. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
	return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}
