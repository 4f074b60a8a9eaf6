/** JSON-LD objects (schema.org) for pages that have one. */
import type { Post, Settings } from '../content/store.ts';
import { shareImage } from '../images/responsive.ts';
import { absoluteUrl, postUrl } from '../lib/urls.ts';

/** NewsArticle for a post page. */
export function articleJsonLd(post: Post, settings: Settings) {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: post.title,
		description: post.excerpt,
		datePublished: post.publishedAt,
		inLanguage: 'nb',
		mainEntityOfPage: absoluteUrl(postUrl(post.slug), settings.url),
		...(post.mainImage
			? { image: [absoluteUrl(shareImage(post.mainImage).url, settings.url)] }
			: {}),
		publisher: { '@type': 'Organization', name: settings.organisation ?? settings.title },
		...(post.topics.length ? { keywords: post.topics.map((tp) => tp.title).join(', ') } : {}),
	};
}
