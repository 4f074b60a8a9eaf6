/**
 * Tiny builders for Portable Text used by the seed generator.
 * Inline syntax in paragraph strings: **bold**, _italic_, [link text](https://…), for a
 * link to another post or topic on the site [link text](ref:<document id>), and for a part in
 * another language {nn|tekst} (the `lang` annotation: nn, se, sma, smj or en).
 */
import { createHash } from 'node:crypto';

let counter = 0;
/** Deterministic `_key` so regenerating the seed gives the same file. */
export function key(prefix = 'k'): string {
	counter += 1;
	return createHash('sha1').update(`${prefix}-${counter}`).digest('hex').slice(0, 12);
}

export function resetKeys(): void {
	counter = 0;
}

type Span = { _type: 'span'; _key: string; text: string; marks: string[] };
type MarkDef =
	| { _type: 'link'; _key: string; href: string }
	| { _type: 'lang'; _key: string; lang: string }
	| { _type: 'internalLink'; _key: string; reference: { _type: 'reference'; _ref: string } };
export type Block = {
	_type: 'block';
	_key: string;
	style: string;
	markDefs: MarkDef[];
	children: Span[];
	listItem?: 'bullet' | 'number';
	level?: number;
};

const INLINE = /\*\*(.+?)\*\*|_(.+?)_|\[(.+?)\]\((.+?)\)|\{(nn|se|sma|smj|en)\|(.+?)\}/g;

function spans(text: string, markDefs: MarkDef[]): Span[] {
	const out: Span[] = [];
	let last = 0;
	for (const m of text.matchAll(INLINE)) {
		if (m.index > last)
			out.push({ _type: 'span', _key: key('s'), text: text.slice(last, m.index), marks: [] });
		if (m[1]) out.push({ _type: 'span', _key: key('s'), text: m[1], marks: ['strong'] });
		else if (m[2]) out.push({ _type: 'span', _key: key('s'), text: m[2], marks: ['em'] });
		else if (m[5]) {
			const def: MarkDef = { _type: 'lang', _key: key('l'), lang: m[5] };
			markDefs.push(def);
			out.push({ _type: 'span', _key: key('s'), text: m[6] ?? '', marks: [def._key] });
		} else {
			const target = m[4] ?? '';
			const def: MarkDef = target.startsWith('ref:')
				? {
						_type: 'internalLink',
						_key: key('l'),
						reference: { _type: 'reference', _ref: target.slice(4) },
					}
				: { _type: 'link', _key: key('l'), href: target };
			markDefs.push(def);
			out.push({ _type: 'span', _key: key('s'), text: m[3] ?? '', marks: [def._key] });
		}
		last = m.index + m[0].length;
	}
	if (last < text.length)
		out.push({ _type: 'span', _key: key('s'), text: text.slice(last), marks: [] });
	return out;
}

function block(style: string, text: string, extra: Partial<Block> = {}): Block {
	const markDefs: MarkDef[] = [];
	return {
		_type: 'block',
		_key: key('b'),
		style,
		markDefs,
		children: spans(text, markDefs),
		...extra,
	};
}

export const p = (text: string) => block('normal', text);
export const h2 = (text: string) => block('h2', text);
export const h3 = (text: string) => block('h3', text);
export const quote = (text: string) => block('blockquote', text);
export const bullets = (...items: string[]) =>
	items.map((t) => block('normal', t, { listItem: 'bullet', level: 1 }));
export const numbered = (...items: string[]) =>
	items.map((t) => block('normal', t, { listItem: 'number', level: 1 }));
