/**
 * HTML rendered once and reused (src/components/RenderOnce.astro): per scope object (the build's
 * settings, so a new build or a content reload in `astro dev` starts empty) and key.
 */
const byScope = new WeakMap<object, Map<string, Promise<string>>>();

/** The HTML for `key` in `scope`, rendered by `render` on first use (concurrent pages share it). */
export function sharedHtml(
	scope: object,
	key: string,
	render: () => Promise<string>,
): Promise<string> {
	let cache = byScope.get(scope);
	if (!cache) byScope.set(scope, (cache = new Map()));
	let html = cache.get(key);
	if (!html) {
		html = render();
		// A failed render is not kept: the next page tries again and reports its own error.
		html.catch(() => cache.delete(key));
		cache.set(key, html);
	}
	return html;
}
