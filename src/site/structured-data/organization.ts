/**
 * The publisher as schema.org `Organization` and the site as `WebSite` with a `SearchAction`
 * pointing at /sok/?q=… (front page; the Organization also serves as author and publisher of posts).
 * @see https://schema.org/Organization, https://developers.google.com/search/docs/appearance/structured-data/organization
 */
import type { Settings } from '../../content/store.ts';
import { SITE_LANG } from '../../consts.ts';
import { absoluteUrl, homeUrl, searchUrl } from '../../lib/urls.ts';
import { siteLogo } from '../logo.ts';

export type JsonLdNode = { '@type': string | string[]; [key: string]: unknown };

/** The organisation behind the site, with its raster logo as ImageObject when there is one. */
export function organizationNode(settings: Settings): JsonLdNode {
	const logo = siteLogo(settings, 'publisher');
	return {
		'@type': 'Organization',
		name: settings.organisation ?? settings.title,
		// The organisation's own site when the settings name it (ks.no), else this site.
		url: settings.mainSiteUrl ?? absoluteUrl(homeUrl(), settings.url),
		...(logo
			? { logo: { '@type': 'ImageObject', url: logo.url, width: logo.width, height: logo.height } }
			: {}),
	};
}

/** The site itself, published by the organisation, searchable at /sok/?q={search_term_string}. */
export function websiteNode(settings: Settings): JsonLdNode {
	const target = absoluteUrl(searchUrl(''), settings.url).replace(/=$/, '={search_term_string}');
	return {
		'@type': 'WebSite',
		name: settings.title,
		...(settings.description ? { description: settings.description } : {}),
		url: absoluteUrl(homeUrl(), settings.url),
		inLanguage: SITE_LANG,
		publisher: organizationNode(settings),
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: target },
			'query-input': 'required name=search_term_string',
		},
	};
}
