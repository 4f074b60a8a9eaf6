/**
 * Repairs portable text from imports and older editors before it is rendered, so no text is lost
 * and a reader (or a screen reader) meets only the structure the site offers:
 * - missing or null `children`, `marks`, `markDefs`, `style`, `listItem`, `level` become their
 *   defaults (Portable Text spec: https://github.com/portabletext/portabletext);
 * - marks and annotations the site does not know are removed (their text stays);
 * - styles: h1 → h2 (the page title is the one h1), h4–h6 → h3, unknown styles → paragraph;
 *   unknown list types → bullet list;
 * - a heading never skips a level (WCAG 1.3.1; axe `heading-order`): h3 before any h2 → h2;
 * - empty paragraphs are dropped silently (Word leaves them as spacing); empty headings are
 *   dropped and reported (axe `empty-heading`).
 * Every report names the exact path (`body[4].children[1]`); wording in messages.ts.
 */
import { bodyMessages as m } from '../report/messages.ts';
import { joinPath } from '../sanity/walk.ts';

type Warn = (path: string, reason: string) => void;
type Obj = Record<string, unknown>;
type Span = { _type: 'span'; _key?: unknown; text: string; marks: string[] };

/** Decorators @portabletext/to-html renders itself; the Studio offers strong and em. */
const DECORATORS = new Set(['strong', 'em', 'code', 'underline', 'strike-through']);
/** Annotation types the renderer has components for (topicLink is added by hashtags.ts; internalLink is resolved by content/internal-links.ts; lang marks a part in another language). */
const ANNOTATIONS = new Set(['link', 'internalLink', 'topicLink', 'lang']);
const LISTS = new Set(['bullet', 'number']);
const STYLES: Record<string, string> = {
	normal: 'normal',
	blockquote: 'blockquote',
	h1: 'h2',
	h2: 'h2',
	h3: 'h3',
	h4: 'h3',
	h5: 'h3',
	h6: 'h3',
};

const isObj = (v: unknown): v is Obj => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
const headingLevel = (style: string) => (/^h([1-6])$/.exec(style) ? Number(style[1]) : 0);

function repairChildren(block: Obj, path: string, warn: Warn, known: Set<string>): Span[] {
	if (!Array.isArray(block.children)) {
		warn(joinPath(path, 'children'), m.noChildren);
		return [];
	}
	// A mark naming a markDef that exists (even one removed as unknown) is no new fault.
	const defined = new Set(
		(Array.isArray(block.markDefs) ? block.markDefs : []).map((d: unknown) => (d as Obj)?._key),
	);
	return block.children.flatMap((child: unknown, j): Span[] => {
		const at = joinPath(joinPath(path, 'children'), j);
		if (!isObj(child)) return [];
		const isSpan = child._type === 'span' || child._type === undefined || child._type === null;
		const text =
			typeof child.text === 'string'
				? child.text
				: typeof child.text === 'number'
					? String(child.text)
					: '';
		if (!isSpan) {
			warn(at, m.unknownInline(String(child._type)));
			return text ? [{ _type: 'span', _key: child._key, text, marks: [] }] : [];
		}
		const marks = (Array.isArray(child.marks) ? child.marks : []).filter(
			(mark): mark is string => typeof mark === 'string',
		);
		for (const mark of marks)
			if (!known.has(mark) && !defined.has(mark)) warn(at, m.unknownMark(mark));
		return [{ _type: 'span', _key: child._key, text, marks: marks.filter((k) => known.has(k)) }];
	});
}

/** Returns repaired blocks (new objects; the input is untouched), reporting each fault via `warn`. */
export function repairBlocks(blocks: readonly unknown[], warn: Warn, root = 'body'): unknown[] {
	let lastHeading = 1;
	return blocks.flatMap((item, i) => {
		if (!isObj(item) || item._type !== 'block') return [item];
		const path = joinPath(root, i);
		const defs = (Array.isArray(item.markDefs) ? item.markDefs : []).filter(
			(d: unknown, k): d is Obj => {
				if (!isObj(d) || typeof d._key !== 'string') return false;
				if (ANNOTATIONS.has(String(d._type))) return true;
				warn(joinPath(joinPath(path, 'markDefs'), k), m.unknownMark(String(d._type)));
				return false;
			},
		);
		const known = new Set([...DECORATORS, ...defs.map((d) => d._key as string)]);
		const children = repairChildren(item, path, warn, known);
		let style = typeof item.style === 'string' && item.style ? item.style : 'normal';
		// An empty block is left out before its style is judged: one line per fault, not two.
		if (children.every((c) => !c.text.trim())) {
			if (headingLevel(style) && Array.isArray(item.children)) warn(path, m.emptyHeading);
			return [];
		}
		const mapped = STYLES[style];
		if (!mapped) warn(joinPath(path, 'style'), m.unknownStyle(style));
		else if (mapped !== style) warn(joinPath(path, 'style'), m.unofferedStyle(style, mapped));
		style = mapped ?? 'normal';
		let listItem: string | undefined;
		if (typeof item.listItem === 'string' && item.listItem) {
			listItem = LISTS.has(item.listItem) ? item.listItem : 'bullet';
			if (listItem !== item.listItem)
				warn(joinPath(path, 'listItem'), m.unknownList(item.listItem));
		}
		const level = Number.isInteger(item.level) && (item.level as number) > 0 ? item.level : 1;
		const heading = !listItem ? headingLevel(style) : 0;
		if (heading) {
			const shown = Math.min(heading, lastHeading + 1);
			if (shown !== heading) warn(joinPath(path, 'style'), m.skippedHeading(style, `h${shown}`));
			style = `h${shown}`;
			lastHeading = shown;
		}
		return [
			{
				...item,
				style,
				markDefs: defs,
				children,
				...(listItem ? { listItem, level } : { listItem: undefined, level: undefined }),
			},
		];
	});
}
