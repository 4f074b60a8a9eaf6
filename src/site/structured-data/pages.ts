/**
 * Structured data of listing pages: `BreadcrumbList` (the same trail the page shows) and
 * `CollectionPage` for topic and municipality pages, with the posts listed on the page.
 * @see https://schema.org/BreadcrumbList, https://schema.org/CollectionPage
 */
import { SITE_LANG } from '../../consts.ts';
import type { Post, Settings } from '../../content/store.ts';
import { t } from '../../lib/i18n.ts';
import { absoluteUrl, homeUrl } from '../../lib/urls.ts';
import type { JsonLdNode } from './organization.ts';

/** One step of a breadcrumb trail; the current page has no `href`; `lang` where its label is not bokmål. */
export type Crumb = { label: string; href?: string | undefined; lang?: string | undefined };

/** The whole trail a page shows: the front page first, then the page's own steps. */
export const breadcrumbTrail = (items: readonly Crumb[]): Crumb[] => [
	{ href: homeUrl(), label: t('nav.home') },
	...items,
];

/** BreadcrumbList of a visible trail (home first); the last item is the page itself at `path`. */
export function breadcrumbNode(trail: readonly Crumb[], path: string, site: string): JsonLdNode {
	return {
		'@type': 'BreadcrumbList',
		itemListElement: trail.map((crumb, i) => ({
			'@type': 'ListItem',
			position: i + 1,
			name: crumb.label,
			item: absoluteUrl(i === trail.length - 1 ? path : (crumb.href ?? path), site),
		})),
	};
}

/** CollectionPage about a topic or a place, listing the posts shown on the page. */
export function collectionPageNode(
	page: { name: string; description: string; path: string; about: JsonLdNode },
	posts: readonly Pick<Post, 'url'>[],
	settings: Settings,
): JsonLdNode {
	return {
		'@type': 'CollectionPage',
		name: page.name,
		description: page.description,
		url: absoluteUrl(page.path, settings.url),
		inLanguage: SITE_LANG,
		isPartOf: {
			'@type': 'WebSite',
			name: settings.title,
			url: absoluteUrl(homeUrl(), settings.url),
		},
		about: page.about,
		mainEntity: {
			'@type': 'ItemList',
			itemListElement: posts.map((post, i) => ({
				'@type': 'ListItem',
				position: i + 1,
				url: post.url,
			})),
		},
	};
}

/** One JSON-LD document for a page: its nodes in a `@graph` (null when there are none). */
export function jsonLdGraph(nodes: readonly JsonLdNode[]): Record<string, unknown> | null {
	return nodes.length ? { '@context': 'https://schema.org', '@graph': nodes } : null;
}
