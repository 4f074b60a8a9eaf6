/** Page metadata: full title, description, canonical URL and share image, from page props and settings. */
import type { ShareImage } from '../content/share.ts';
import { t } from '../lib/i18n.ts';
import { absoluteUrl } from '../lib/urls.ts';

export type SeoInput = {
	title: string;
	description?: string | null | undefined;
	path: string;
	/** The page's share image as the store decided it; `undefined` means the site's default. */
	share?: ShareImage | null | undefined;
	type?: 'website' | 'article';
	publishedAt?: string | undefined;
	/** Keep the page out of search engines (`<meta name="robots" content="noindex">`). */
	noindex?: boolean | undefined;
	/** `false`: no canonical link and no og:url (a page with no address of its own, like 404). */
	canonical?: false | undefined;
	/** A preview page: «[Forhåndsvisning]» before the title, and noindex, so it is never mistaken for the site. */
	preview?: boolean | undefined;
};

export type SeoSettings = {
	title: string;
	/** What follows page titles ("Sakstittel – KS Trøndelag"); the full title when unset. */
	shortName?: string | null | undefined;
	description?: string | null | undefined;
	url: string;
	share: ShareImage | null;
};

export type Seo = {
	title: string;
	description: string;
	canonical: string | null;
	noindex: boolean;
	type: 'website' | 'article';
	siteName: string;
	publishedAt?: string | undefined;
	image: ShareImage | null;
};

/**
 * "Sakstittel – KS Trøndelag": a page's title followed by the site's short name, once. The front
 * page (whose title is the site's full title) and an empty title give the full title alone.
 */
export function formatPageTitle(
	title: string,
	site: { title: string; shortName?: string | null | undefined },
): string {
	const short = site.shortName?.trim() || site.title;
	if (!title || title === site.title || title === short) return site.title;
	return `${title} – ${short}`;
}

/** Builds the metadata of one page; og:site_name is the full site title. */
export function buildSeo(input: SeoInput, settings: SeoSettings): Seo {
	const title = formatPageTitle(input.title, settings);
	return {
		title: input.preview ? `${t('preview.titlePrefix')} ${title}` : title,
		description: (input.description ?? settings.description ?? '').trim(),
		canonical: input.canonical === false ? null : absoluteUrl(input.path, settings.url),
		noindex: input.preview === true || (input.noindex ?? false),
		type: input.type ?? 'website',
		siteName: settings.title,
		publishedAt: input.publishedAt,
		image: input.share === undefined ? settings.share : input.share,
	};
}

/** A feed a page announces with `<link rel="alternate">` (root-relative path). */
export type AlternateFeed = { title: string; path: string; type?: 'rss' | 'json' };

/** The MIME type of an alternate feed link. */
export const alternateType = (feed: AlternateFeed) =>
	feed.type === 'json' ? 'application/feed+json' : 'application/rss+xml';

/** Serialises JSON-LD safely for a <script> element (no `</script>` or `<!--` can break out). */
export function jsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
