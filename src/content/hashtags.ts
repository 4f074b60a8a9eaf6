/**
 * Links hashtags in body text to the topic of the same name: "#valgløfte2023" → /tema/valglofte2023/.
 * Only topics whose title is a hashtag count, and text that is already a link is left alone.
 */
import { topicUrl } from '../lib/urls.ts';

const HASHTAG = /#[\p{L}\p{N}_]+/gu;

type Span = { _type: string; _key?: string; text?: unknown; marks?: string[] };
type MarkDef = { _key: string; _type: string; href?: string };
type Block = { _type: string; markDefs?: MarkDef[]; children?: Span[] };

/** Hashtag (lower case) → topic URL, for topics titled like "#valgløfte2023". */
export function hashtagTargets(
	topics: ReadonlyArray<{ title: string; slug: string }>,
): Map<string, string> {
	return new Map(
		topics
			.filter((t) => /^#[\p{L}\p{N}_]+$/u.test(t.title.trim()))
			.map((t) => [t.title.trim().toLowerCase(), topicUrl(t.slug)]),
	);
}

function splitSpan(
	span: Span,
	text: string,
	markDefs: MarkDef[],
	targets: ReadonlyMap<string, string>,
): Span[] {
	const parts: Span[] = [];
	let last = 0;
	for (const m of text.matchAll(HASHTAG)) {
		const href = targets.get(m[0].toLowerCase());
		if (!href) continue;
		const key = `${span._key ?? 'span'}-hashtag-${m.index}`;
		markDefs.push({ _key: key, _type: 'topicLink', href });
		if (m.index > last)
			parts.push({ ...span, _key: `${span._key}-${last}`, text: text.slice(last, m.index) });
		parts.push({
			...span,
			_key: `${span._key}-${m.index}`,
			text: m[0],
			marks: [...(span.marks ?? []), key],
		});
		last = m.index + m[0].length;
	}
	if (parts.length === 0) return [span];
	if (last < text.length)
		parts.push({ ...span, _key: `${span._key}-${last}`, text: text.slice(last) });
	return parts;
}

/** Returns the blocks with hashtag spans marked as `topicLink`s (new objects; input untouched). */
export function linkHashtags(
	blocks: readonly unknown[],
	targets: ReadonlyMap<string, string>,
): unknown[] {
	if (targets.size === 0) return [...blocks];
	return blocks.map((b) => {
		const block = b as Block | null;
		if (block?._type !== 'block' || !Array.isArray(block.children)) return b;
		const markDefs = [...(block.markDefs ?? [])];
		const linked = new Set(markDefs.map((d) => d._key));
		const children = block.children.flatMap((span) =>
			span?._type === 'span' &&
			typeof span.text === 'string' &&
			!(Array.isArray(span.marks) && span.marks.some((m) => linked.has(m)))
				? splitSpan(span, span.text, markDefs, targets)
				: [span],
		);
		return markDefs.length === (block.markDefs ?? []).length ? b : { ...block, markDefs, children };
	});
}
