/**
 * The `internalLink` mark: a link to a post or topic on this site. The store has already turned
 * the reference into a site path (src/content/internal-links.ts), or into `href: null` when the
 * target is not published in this build; then only the text is rendered.
 */
import type { PortableTextMarkComponent } from '@portabletext/to-html';
import { escapeAttribute } from '../lib/escape.ts';
import { resolveUrl } from '../lib/urls.ts';

/** The mark for a render against `baseUrl` (absolute links in feeds and e-mail; root-relative on pages). */
export function internalLinkMark(baseUrl?: string): PortableTextMarkComponent {
	return ({ value, children }) => {
		const href = (value as { href?: unknown } | undefined)?.href;
		// Only root-relative paths the store built; anything else is not ours.
		if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return children;
		return `<a href="${escapeAttribute(resolveUrl(href, baseUrl))}">${children}</a>`;
	};
}
