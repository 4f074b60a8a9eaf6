/** JSON-LD objects (schema.org) for pages that have one. */
import type { Post, Settings } from '../content/store.ts';

/** NewsArticle for a post page; its image is the post's share image (the store's one choice). */
export function articleJsonLd(post: Post, settings: Settings) {
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
		publisher: { '@type': 'Organization', name: settings.organisation ?? settings.title },
		...(post.topics.length ? { keywords: post.topics.map((tp) => tp.title).join(', ') } : {}),
	};
}
