/**
 * Keeps report paths exact while a body is checked in steps. Validation, the attachment check and
 * the image check each leave blocks out; if each removed them, `body[9]` in a later step's report
 * would name the wrong block. Instead a left-out block becomes a hole (`null`) at its original
 * index until the body is rendered (src/render/portable-text.ts skips holes); the post's public
 * `body` has none (src/content/normalize.ts).
 */
type Keyed = { _key?: unknown; _type?: unknown } | null | undefined;

/** A body in the pipeline: the original positions, with `null` where a block was left out. */
export type HoleyBody<T> = Array<T | null>;

/**
 * `kept` (what validation let through, in order) placed back at its positions in `raw`, with holes
 * where items were left out. Items match by `_key`, or by `_type` and order where there is none.
 */
export function restoreHoles<T extends Keyed>(raw: unknown, kept: readonly T[]): HoleyBody<T> {
	if (!Array.isArray(raw) || raw.length < kept.length) return [...kept];
	const out: HoleyBody<T> = [];
	let k = 0;
	for (const item of raw as Keyed[]) {
		const next = kept[k];
		const same =
			next !== undefined &&
			(item?._key !== undefined || next?._key !== undefined
				? item?._key === next?._key
				: item?._type === next?._type);
		out.push(same ? next : null);
		if (same) k++;
	}
	// Should the alignment fail (no keys, reordered data), the plain list is still right to render.
	return k === kept.length ? out : [...kept];
}

/** The blocks of a holey body, without its holes. */
export const withoutHoles = <T>(body: HoleyBody<T>): T[] => body.filter((b): b is T => b !== null);
