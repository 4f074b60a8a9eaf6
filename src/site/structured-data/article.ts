/**
 * A post as schema.org `NewsArticle`: dates (dateModified from `_updatedAt`), the share image with
 * its size, the organisation as author and publisher, topics as `about` and the municipalities it
 * concerns as `spatialCoverage` (`AdministrativeArea` with kommunenummer).
 * @see https://schema.org/NewsArticle, https://developers.google.com/search/docs/appearance/structured-data/article
 */
import { SITE_LANG } from '../../consts.ts';
import type { Post, Settings } from '../../content/store.ts';
import { absoluteUrl, municipalityUrl, topicUrl } from '../../lib/urls.ts';
import type { Area } from '../../content/municipalities.ts';
import type { TopicRef } from '../../sanity/schemas.ts';
import { organizationNode, type JsonLdNode } from './organization.ts';

/** A topic as a `Thing` with the URL of its page. */
export const topicNode = (topic: Pick<TopicRef, 'title' | 'slug'>, site: string): JsonLdNode => ({
	'@type': 'Thing',
	name: topic.title,
	url: absoluteUrl(topicUrl(topic.slug), site),
});

/** A municipality (four-digit kommunenummer) or the county (two-digit fylkesnummer) as `AdministrativeArea`. */
export function areaNode(area: Omit<Area, '_id'>, site: string): JsonLdNode {
	return {
		'@type': 'AdministrativeArea',
		name: area.name,
		url: absoluteUrl(municipalityUrl(area.slug), site),
		...(area.number
			? {
					identifier: {
						'@type': 'PropertyValue',
						propertyID: area.number.length === 2 ? 'fylkesnummer' : 'kommunenummer',
						value: area.number,
					},
				}
			: {}),
	};
}

/** NewsArticle for a post page; `areas` are the municipalities the post concerns (all for an "all municipalities" post). */
export function articleNode(post: Post, settings: Settings, areas: readonly Area[]): JsonLdNode {
	const publisher = organizationNode(settings);
	return {
		'@type': 'NewsArticle',
		headline: post.title,
		description: post.excerpt,
		datePublished: post.publishedAt,
		dateModified: post.updatedAt,
		inLanguage: SITE_LANG,
		url: post.url,
		mainEntityOfPage: post.url,
		...(post.share
			? {
					image: [
						{
							'@type': 'ImageObject',
							url: post.share.url,
							width: post.share.width,
							height: post.share.height,
							...(post.share.caption ? { caption: post.share.caption } : {}),
						},
					],
				}
			: {}),
		author: publisher,
		publisher,
		...(post.topics.length
			? {
					about: post.topics.map((topic) => topicNode(topic, settings.url)),
					keywords: post.topics.map((topic) => topic.title).join(', '),
				}
			: {}),
		...(areas.length ? { spatialCoverage: areas.map((a) => areaNode(a, settings.url)) } : {}),
	};
}
