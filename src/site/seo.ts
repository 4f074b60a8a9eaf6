/** Page metadata: full title, description, canonical URL and share image, from page props and settings. */
import type { ShareImage } from '../content/share.ts';
import { absoluteUrl } from '../lib/urls.ts';

export type SeoInput = {
	title: string;
	description?: string | null | undefined;
	path: string;
	/** The page's share image as the store decided it; `undefined` means the site's default. */
	share?: ShareImage | null | undefined;
	type?: 'website' | 'article';
	publishedAt?: string | undefined;
};

export type SeoSettings = {
	title: string;
	description?: string | null | undefined;
	url: string;
	share: ShareImage | null;
};

export type Seo = {
	title: string;
	description: string;
	canonical: string;
	type: 'website' | 'article';
	siteName: string;
	publishedAt?: string | undefined;
	image: ShareImage | null;
};

/** "Sakstittel – Nettstedets navn"; the front page uses the site name alone. */
export function formatPageTitle(title: string, siteName: string): string {
	return title && title !== siteName ? `${title} – ${siteName}` : siteName;
}

/** Builds the metadata of one page. */
export function buildSeo(input: SeoInput, settings: SeoSettings): Seo {
	return {
		title: formatPageTitle(input.title, settings.title),
		description: (input.description ?? settings.description ?? '').trim(),
		canonical: absoluteUrl(input.path, settings.url),
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
