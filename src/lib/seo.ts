/** Page metadata: full title, description, canonical and Open Graph image, from page props and settings. */
import type { Figure } from '../sanity/schemas.ts';
import { imageUrl } from '../sanity/images.ts';
import { figureCaptionText } from '../sanity/figure.ts';
import { absoluteUrl } from './urls.ts';

export type SeoInput = {
	title: string;
	description?: string | null | undefined;
	path: string;
	image?: Figure | null | undefined;
	type?: 'website' | 'article';
	publishedAt?: string | undefined;
};

export type SeoSettings = { title: string; description?: string | null | undefined; url: string; defaultImage?: Figure | null | undefined };

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
		image: figure
			? {
					url: absoluteUrl(imageUrl(figure.asset), settings.url),
					width: figure.asset.width,
					height: figure.asset.height,
					alt: figure.alt || figureCaptionText(figure),
					type: figure.asset.mimeType ?? 'image/jpeg',
				}
			: undefined,
	};
}

/** Serialises JSON-LD safely for a <script> element. */
export function jsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
