/**
 * The one walker over Sanity documents: visits every value with its field path in the form the
 * content report prints, Sanity's own (`@sanity/util/paths` toString): an array item by its `_key`
 * when it has one, by index otherwise (`body[_key=="a1"].markDefs[_key=="l1"].href`, `tags[2]`).
 * Used by asset replacement, the image check and validation messages, so every path is spelled
 * the same way, and a path still names the right item after earlier steps left others out.
 */

export type PathSegment = string | number;

/** The item's `_key` when it is a non-empty string (Sanity's KeyedSegment), else undefined. */
function keyOf(item: unknown): string | undefined {
	const key = (item as { _key?: unknown } | null | undefined)?._key;
	return typeof key === 'string' && key !== '' ? key : undefined;
}

/**
 * Joins a path and one more segment; a number is an array index and `item` the value there:
 * `("body", 3, {_key: "a1"})` → `body[_key=="a1"]`, `("tags", 2)` → `tags[2]`,
 * `("body[_key=="a1"]", "asset")` → `body[_key=="a1"].asset`.
 */
export function joinPath(path: string, segment: PropertyKey, item?: unknown): string {
	if (typeof segment !== 'number') return path ? `${path}.${String(segment)}` : String(segment);
	const key = keyOf(item);
	return key === undefined ? `${path}[${segment}]` : `${path}[_key==${JSON.stringify(key)}]`;
}

/**
 * Formats a list of segments (as zod reports them) as a field path, naming array items by the
 * `_key` they have in `root` (the value the segments start from), by index without one.
 */
export function formatPath(segments: readonly PropertyKey[], root?: unknown): string {
	let path = '';
	let value = root;
	for (const segment of segments) {
		value =
			value && typeof value === 'object'
				? (value as Record<PropertyKey, unknown>)[segment]
				: undefined;
		path = joinPath(path, segment, value);
	}
	return path;
}

/**
 * Calls `visit(value, path)` for `node` and every object, array and scalar below it, depth first.
 * When `visit` returns `'skip'`, the children of that value are not visited.
 */
export function walk(
	node: unknown,
	visit: (value: unknown, path: string) => void | 'skip',
	path = '',
): void {
	if (visit(node, path) === 'skip' || !node || typeof node !== 'object') return;
	if (Array.isArray(node)) node.forEach((item, i) => walk(item, visit, joinPath(path, i, item)));
	else for (const [key, value] of Object.entries(node)) walk(value, visit, joinPath(path, key));
}

/**
 * Like `walk`, but calls `visit` only for objects that are not arrays (a figure, a block, a span),
 * and builds no path for scalars: the asset and image passes over 10,000 posts need only those.
 */
export function walkObjects(
	node: unknown,
	visit: (value: Record<string, unknown>, path: string) => void | 'skip',
	path = '',
): void {
	if (!node || typeof node !== 'object') return;
	if (Array.isArray(node)) {
		node.forEach((item, i) => {
			if (item && typeof item === 'object') walkObjects(item, visit, joinPath(path, i, item));
		});
		return;
	}
	const obj = node as Record<string, unknown>;
	if (visit(obj, path) === 'skip') return;
	for (const key in obj) {
		const value = obj[key];
		if (value && typeof value === 'object') walkObjects(value, visit, joinPath(path, key));
	}
}
