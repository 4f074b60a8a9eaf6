import { ALLOWED_LINK_PROTOCOLS } from '../consts.ts';

/** Every site URL is built here; all end with a slash, like the URL map in README.md ("Pages"). */

export const postUrl = (slug: string) => `/nyheter/${slug}/`;
export const newsPageUrl = (page: number) => (page <= 1 ? '/nyheter/' : `/nyheter/side/${page}/`);
export const topicUrl = (slug: string) => `/tema/${slug}/`;
export const topicsUrl = () => '/tema/';
export const archiveUrl = (year: number) => `/arkiv/${year}/`;
export const summerGreetingsUrl = () => '/sommerhilsener/';
export const feedUrl = () => '/rss.xml';
export const homeUrl = () => '/';
export const accessibilityUrl = () => '/tilgjengelighet/';
/** A published attachment: `/vedlegg/<sha1>/<name>.<ext>` (a file, so no trailing slash). */
export const attachmentUrl = (hash: string, name: string) => `/vedlegg/${hash}/${name}`;

/** Makes a root-relative path absolute against the site URL. */
export function absoluteUrl(path: string, site: string): string {
	return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}

/**
 * A URL as an output needs it: root-relative paths made absolute against `baseUrl` when one is
 * given (feeds, e-mail), anything else (an absolute CDN URL with commas in its query) untouched.
 */
export function resolveUrl(url: string, baseUrl?: string | undefined): string {
	return baseUrl && url.startsWith('/') && !url.startsWith('//') ? absoluteUrl(url, baseUrl) : url;
}

/** True when `href` parses and uses an allowed protocol (http, https, mailto, tel). */
export function isSafeHref(href: unknown): href is string {
	if (typeof href !== 'string') return false;
	try {
		return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(new URL(href).protocol);
	} catch {
		return false;
	}
}

/** The link target as typed, trimmed (spaces around a pasted address), or null when it is not safe. */
export function cleanHref(href: unknown): string | null {
	if (typeof href !== 'string') return null;
	const trimmed = href.trim();
	return isSafeHref(trimmed) ? trimmed : null;
}
