/**
 * The `internalLink` mark: a link to a post or topic on this site. The store has already turned
 * the reference into a site path (src/content/internal-links.ts), or into `href: null` when the
 * target is not published in this build; then only the text is rendered.
 */
import { escapeHTML, type PortableTextMarkComponent } from '@portabletext/to-html';

/** Renders `<a href="/nyheter/…/">text</a>`, or the text alone when there is no published target. */
export const internalLinkMark: PortableTextMarkComponent = ({ value, children }) => {
	const href = (value as { href?: unknown } | undefined)?.href;
	// Only root-relative paths the store built; anything else is not ours.
	if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return children;
	return `<a href="${escapeHTML(href)}">${children}</a>`;
};
