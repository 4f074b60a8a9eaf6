import { ALLOWED_LINK_PROTOCOLS } from '../consts.ts';

/** Every site URL is built here; all end with a slash, like the URL map in README.md. */

export const postUrl = (slug: string) => `/nyheter/${slug}/`;
/** Page N of a paginated list at `base` (which ends with a slash): page 1 is `base` itself. */
export const listPageUrl = (base: string, page: number) =>
	page <= 1 ? base : `${base}side/${page}/`;
export const newsPageUrl = (page: number) => listPageUrl('/nyheter/', page);
export const topicUrl = (slug: string, page = 1) => listPageUrl(`/tema/${slug}/`, page);
export const topicsUrl = () => '/tema/';
export const topicFeedUrl = (slug: string) => `/tema/${slug}/rss.xml`;
export const municipalityUrl = (slug: string, page = 1) => listPageUrl(`/kommuner/${slug}/`, page);
export const municipalitiesUrl = () => '/kommuner/';
export const municipalityFeedUrl = (slug: string) => `/kommuner/${slug}/rss.xml`;
export const jsonFeedUrl = () => '/feed.json';
/** The human page about feeds ("Abonner"); `anchor` names one feed's entry on it. */
export const feedsPageUrl = (anchor?: string) => (anchor ? `/feeds/#${anchor}` : '/feeds/');
/** The search page; with a query, the address the WebSite SearchAction names. */
export const searchUrl = (query?: string) =>
	query === undefined ? '/sok/' : `/sok/?q=${encodeURIComponent(query)}`;
export const sitemapUrl = () => '/sitemap-index.xml';
export const archiveUrl = (year: number) => `/arkiv/${year}/`;
export const archiveIndexUrl = () => '/arkiv/';
export const summerGreetingsUrl = () => '/sommerhilsener/';
export const feedUrl = () => '/rss.xml';
/** The feed of the posts marked «Del på Facebook» (RSS→Facebook tools, the Facebook poster). */
export const facebookFeedUrl = () => '/facebook.xml';
export const homeUrl = () => '/';
/** «Saken er fjernet»: copied to every address of a removed post (src/site/addresses/). */
export const removedPageUrl = () => '/fjernet/';
/** The public copy of the address record (src/lib/address-record.ts): a file. */
export const addressRecordUrl = () => '/adresser.json';
export const accessibilityUrl = () => '/tilgjengelighet/';
/** The technical test record behind the accessibility statement. */
export const accessibilityResultsUrl = () => '/tilgjengelighet/testresultater/';
export const privacyUrl = () => '/personvern/';
/** The web app manifest (W3C Web Application Manifest), a file, so no trailing slash. */
export const manifestUrl = () => '/manifest.webmanifest';
export const eventsUrl = () => '/arrangementer/';
export const eventUrl = (slug: string) => `/arrangementer/${slug}/`;
/** Files (no trailing slash): one event's calendar file, and the feed of upcoming events. */
export const eventCalendarUrl = (slug: string) => `/arrangementer/${slug}/${slug}.ics`;
export const eventsCalendarUrl = () => '/arrangementer.ics';
/** The posts' deadlines («Svarfrist») as a calendar feed, and one post's deadline as a file. */
export const deadlinesCalendarUrl = () => '/frister.ics';
export const postDeadlineCalendarUrl = (postPath: string) => `${postPath}frist.ics`;
/** A post's e-mail edition (HTML and text part) and the monthly digest ("2026-11"). */
export const emailEditionUrl = (slug: string) => `/nyheter/${slug}/epost.html`;
export const emailTextUrl = (slug: string) => `/nyheter/${slug}/epost.txt`;
export const digestUrl = (month: string) => `/epost/${month}.html`;
/** The newsletter page: sign-up form and past editions (the footer's «Abonner på e-post»). */
export const newsletterUrl = () => '/nyhetsbrev/';
/** The publish server's sign-up endpoint (issue 28) below its base URL (none: the site's origin). */
export const subscribeUrl = (serverBase: string | null | undefined) =>
	`${serverBase ?? ''}/abonner`;
/** A published attachment: `/vedlegg/<key>/<name>.<ext>` (a file, so no trailing slash). */
export const attachmentUrl = (hash: string, name: string) => `/vedlegg/${hash}/${name}`;

/** Facebook's plain share dialog for a page (no SDK, no tracking script). */
export const facebookShareUrl = (url: string) =>
	`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
/** A `mailto:` link that opens a new e-mail with subject and body filled in (RFC 6068). */
export const mailtoUrl = (subject: string, body: string) =>
	`mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

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
