/**
 * The share image of a post or page, decided once in the store and read by every output (Open
 * Graph, JSON-LD, RSS enclosure, e-mail): a 1200×630 JPEG cut around the hotspot, absolute URL.
 */
import type { ImageContext } from '../images/registry.ts';
import { shareImage, shareImageBytes, type ImageFile } from '../images/responsive.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { figureCaptionText } from '../render/figure.ts';
import type { Figure } from '../sanity/schemas.ts';

/** A share image: the image file with an absolute URL, alt text ("… Foto: KS"), caption and
 * credit (plain text, '' when none; feeds' media:content) and byte size (0 when unknown, e.g. CDN). */
export type ShareImage = ImageFile & {
	alt: string;
	caption: string;
	credit: string;
	bytes: number;
};

/** og:image:alt: the figure's alt text (or its caption when alt is missing) plus "Foto: <credit>". */
export function shareImageAlt(
	figure: Pick<Figure, 'alt' | 'caption' | 'credit' | 'decorative'>,
): string {
	const text = (figure.decorative ? '' : figure.alt?.trim()) || figure.caption?.trim() || '';
	const sentence = text && !/[.!?…]$/.test(text) ? `${text}.` : text;
	return [sentence, figureCaptionText({ credit: figure.credit })].filter(Boolean).join(' ');
}

/** The share image of `figure` for a site at `site` (encodes the JPEG now if the cache has none). */
export async function decideShareImage(
	ctx: ImageContext,
	figure: Figure,
	site: string,
): Promise<ShareImage> {
	const image = shareImage(ctx, figure);
	return {
		url: absoluteUrl(image.url, site),
		width: image.width,
		height: image.height,
		alt: shareImageAlt(figure),
		caption: figure.caption?.trim() ?? '',
		credit: figure.credit?.trim() ?? '',
		type: image.type,
		// An original that cannot be fetched now fails again, and is reported, when dist/ is written.
		bytes: await shareImageBytes(ctx, figure).catch(() => 0),
	};
}

/** The figure a post shares: its SEO image, else its main image, else none (the site default applies). */
export const shareFigure = (post: {
	seo?: { image?: Figure | null | undefined } | null | undefined;
	mainImage: Figure | null;
}): Figure | null => post.seo?.image ?? post.mainImage ?? null;
