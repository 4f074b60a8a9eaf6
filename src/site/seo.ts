/** Page metadata: full title, description, canonical and Open Graph image, from page props and settings. */
import type { Figure } from '../sanity/schemas.ts';
import { shareImage } from '../images/responsive.ts';
import { figureCaptionText } from '../render/figure.ts';
import { absoluteUrl } from '../lib/urls.ts';

export type SeoInput = {
	title: string;
	description?: string | null | undefined;
	path: string;
	image?: Figure | null | undefined;
	type?: 'website' | 'article';
	publishedAt?: string | undefined;
};

export type SeoSettings = {
	title: string;
	description?: string | null | undefined;
	url: string;
	defaultImage?: Figure | null | undefined;
};

export type Seo = {
	title: string;
	description: string;
	canonical: string;
	type: 'website' | 'article';
	siteName: string;
	publishedAt?: string | undefined;
	image?: { url: string; width: number; height: number; alt: string; type: string } | undefined;
};

/** "Sakstittel – Nettstedets navn"; the front page uses the site name alone. */
export function formatPageTitle(title: string, siteName: string): string {
	return title && title !== siteName ? `${title} – ${siteName}` : siteName;
}

/** og:image:alt: "Beskrivelse av bildet. Foto: KS". */
export function shareImageAlt(
	figure: Pick<Figure, 'alt' | 'caption' | 'credit' | 'decorative'>,
): string {
	const text = (figure.decorative ? '' : figure.alt?.trim()) || figure.caption?.trim() || '';
	const sentence = text && !/[.!?…]$/.test(text) ? `${text}.` : text;
	return [sentence, figureCaptionText({ credit: figure.credit })].filter(Boolean).join(' ');
}

/**
 * The share image of a page: a 1200×630 JPEG (hotspot-aware cut) of the page's image or the site's
 * default image, with an absolute URL as Facebook requires. Its alt text is the figure's alt text
 * plus "Foto: <credit>"; only when alt is missing (a build warning already names the figure) the
 * caption stands in for it.
 */
export function buildShareImage(figure: Figure, site: string): NonNullable<Seo['image']> {
	const image = shareImage(figure);
	return {
		url: absoluteUrl(image.url, site),
		width: image.width,
		height: image.height,
		alt: shareImageAlt(figure),
		type: image.type,
	};
}

/** Builds the metadata of one page. */
export function buildSeo(input: SeoInput, settings: SeoSettings): Seo {
	const figure = input.image ?? settings.defaultImage ?? undefined;
	return {
		title: formatPageTitle(input.title, settings.title),
		description: (input.description ?? settings.description ?? '').trim(),
		canonical: absoluteUrl(input.path, settings.url),
		type: input.type ?? 'website',
		siteName: settings.title,
		publishedAt: input.publishedAt,
		image: figure ? buildShareImage(figure, settings.url) : undefined,
	};
}

/** Serialises JSON-LD safely for a <script> element. */
export function jsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
