/** JSON-LD objects (schema.org) for pages that have one. */
import type { Post, Settings } from '../content/store.ts';
import { absoluteUrl } from '../lib/urls.ts';

type OrganisationSettings = Pick<
	Settings,
	'title' | 'organisation' | 'url' | 'mainSiteUrl' | 'logoImages'
>;

/** The publisher: the organisation, its main site and its logo (a raster within 600×60). */
export function organizationJsonLd(settings: OrganisationSettings) {
	const logo = settings.logoImages?.publisher;
	return {
		'@type': 'Organization',
		name: settings.organisation ?? settings.title,
		url: settings.mainSiteUrl ?? absoluteUrl('/', settings.url),
		...(logo
			? {
					logo: {
						'@type': 'ImageObject',
						url: absoluteUrl(logo.url, settings.url),
						width: logo.width,
						height: logo.height,
					},
				}
			: {}),
	};
}

/** WebSite for the front page. */
export function websiteJsonLd(settings: OrganisationSettings) {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: settings.title,
		url: absoluteUrl('/', settings.url),
		inLanguage: 'nb',
		publisher: organizationJsonLd(settings),
	};
}

/** NewsArticle for a post page; its image is the post's share image (the store's one choice). */
export function articleJsonLd(post: Post, settings: OrganisationSettings) {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: post.title,
		description: post.excerpt,
		datePublished: post.publishedAt,
		inLanguage: 'nb',
		mainEntityOfPage: post.url,
		...(post.share
			? {
					image: [
						{
							'@type': 'ImageObject',
							url: post.share.url,
							width: post.share.width,
							height: post.share.height,
						},
					],
				}
			: {}),
		publisher: organizationJsonLd(settings),
		...(post.topics.length ? { keywords: post.topics.map((tp) => tp.title).join(', ') } : {}),
	};
}
