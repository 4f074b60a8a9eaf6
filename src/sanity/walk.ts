/**
 * The one walker over Sanity documents: visits every value with its field path in the form the
 * content report prints (`body[3].markDefs[0].href`). Used by asset replacement, the image check
 * and validation messages, so every path is spelled the same way.
 */

export type PathSegment = string | number;

/** Joins a path and one more segment: `("body", 3)` → `body[3]`, `("body[3]", "asset")` → `body[3].asset`. */
export function joinPath(path: string, segment: PropertyKey): string {
	if (typeof segment === 'number') return `${path}[${segment}]`;
	return path ? `${path}.${String(segment)}` : String(segment);
}

/** Formats a list of segments (as zod reports them) as a field path. */
export function formatPath(segments: readonly PropertyKey[]): string {
	return segments.reduce<string>(joinPath, '');
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
	if (Array.isArray(node)) node.forEach((item, i) => walk(item, visit, joinPath(path, i)));
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
			if (item && typeof item === 'object') walkObjects(item, visit, joinPath(path, i));
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
