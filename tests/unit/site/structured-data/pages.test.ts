import { describe, expect, test } from 'vitest';
import {
	breadcrumbNode,
	breadcrumbTrail,
	collectionPageNode,
	jsonLdGraph,
} from '../../../../src/site/structured-data/pages.ts';
import { jsonLd } from '../../../../src/site/seo.ts';
import { makePost, settings, SITE } from '../../../helpers/posts.ts';

describe('breadcrumbTrail and breadcrumbNode', () => {
	test('start at the front page and end at the page itself, like the visible trail', () => {
		const trail = breadcrumbTrail([{ href: '/kommuner/', label: 'Kommuner' }, { label: 'Skaun' }]);
		expect(trail).toEqual([
			{ href: '/', label: 'Forside' },
			{ href: '/kommuner/', label: 'Kommuner' },
			{ label: 'Skaun' },
		]);
		expect(breadcrumbNode(trail, '/kommuner/skaun/side/2/', SITE)).toEqual({
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: 'Forside', item: `${SITE}/` },
				{ '@type': 'ListItem', position: 2, name: 'Kommuner', item: `${SITE}/kommuner/` },
				{
					'@type': 'ListItem',
					position: 3,
					name: 'Skaun',
					item: `${SITE}/kommuner/skaun/side/2/`,
				},
			],
		});
	});
});

describe('collectionPageNode', () => {
	test('describes a topic or municipality page and lists its posts', () => {
		const about = { '@type': 'Thing', name: 'Samskaping' };
		const node = collectionPageNode(
			{ name: 'Samskaping', description: 'Om samskaping.', path: '/tema/samskaping/', about },
			[makePost('a'), makePost('b')],
			settings,
		);
		expect(node).toEqual({
			'@type': 'CollectionPage',
			name: 'Samskaping',
			description: 'Om samskaping.',
			url: `${SITE}/tema/samskaping/`,
			inLanguage: 'nb',
			isPartOf: { '@type': 'WebSite', name: 'KS Trøndelag – nyheter', url: `${SITE}/` },
			about,
			mainEntity: {
				'@type': 'ItemList',
				itemListElement: [
					{ '@type': 'ListItem', position: 1, url: `${SITE}/nyheter/a/` },
					{ '@type': 'ListItem', position: 2, url: `${SITE}/nyheter/b/` },
				],
			},
		});
	});
});

describe('jsonLdGraph', () => {
	test('puts a page’s nodes in one @graph, or nothing when there are none', () => {
		expect(jsonLdGraph([])).toBeNull();
		const graph = jsonLdGraph([{ '@type': 'WebSite' }, { '@type': 'Organization' }]);
		expect(graph).toEqual({
			'@context': 'https://schema.org',
			'@graph': [{ '@type': 'WebSite' }, { '@type': 'Organization' }],
		});
	});

	test('serialised with jsonLd(), hostile text cannot close the script element', () => {
		const hostile = '</script><script>alert(1)</script><!--';
		const text = jsonLd(jsonLdGraph([{ '@type': 'Thing', name: hostile }]));
		expect(text).not.toMatch(/<\/script|<!--/i);
		expect(JSON.parse(text)['@graph'][0].name).toBe(hostile);
	});
});
