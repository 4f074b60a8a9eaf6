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
export const eventsUrl = () => '/arrangementer/';
export const eventUrl = (slug: string) => `/arrangementer/${slug}/`;
/** Files (no trailing slash): one event's calendar file, and the feed of upcoming events. */
export const eventCalendarUrl = (slug: string) => `/arrangementer/${slug}/${slug}.ics`;
export const eventsCalendarUrl = () => '/arrangementer.ics';
/** A post's e-mail edition (HTML and text part) and the monthly digest ("2026-11"). */
export const emailEditionUrl = (slug: string) => `/nyheter/${slug}/epost.html`;
export const emailTextUrl = (slug: string) => `/nyheter/${slug}/epost.txt`;
export const digestUrl = (month: string) => `/epost/${month}.html`;
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

/** Rewrites root-relative `href`/`src` attributes in rendered HTML to absolute URLs (for feeds). */
export function absolutizeHtml(html: string, site: string): string {
	const abs = (url: string) =>
		url.startsWith('/') && !url.startsWith('//') ? absoluteUrl(url, site) : url;
	return html
		.replace(
			/\b(href|src)="(\/[^/"][^"]*|\/)"/g,
			(_, attr: string, value: string) => `${attr}="${abs(value)}"`,
		)
		.replace(/\bsrcset="([^"]*)"/g, (_, value: string) => {
			const list = value
				.split(',')
				.map((part) => part.trim().replace(/^\S+/, abs))
				.join(', ');
			return `srcset="${list}"`;
		});
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
