import { describe, expect, test } from 'vitest';
import {
	organizationNode,
	websiteNode,
} from '../../../../src/site/structured-data/organization.ts';
import { settings, SITE } from '../../../helpers/posts.ts';

describe('websiteNode', () => {
	test('names the site, its publisher and a search action pointing at /sok/?q=', () => {
		expect(websiteNode(settings)).toEqual({
			'@type': 'WebSite',
			name: 'KS Trøndelag – nyheter',
			description: 'Nyheter fra KS Trøndelag.',
			url: `${SITE}/`,
			inLanguage: 'nb',
			publisher: organizationNode(settings),
			potentialAction: {
				'@type': 'SearchAction',
				target: { '@type': 'EntryPoint', urlTemplate: `${SITE}/sok/?q={search_term_string}` },
				'query-input': 'required name=search_term_string',
			},
		});
	});
});

describe('organizationNode', () => {
	test('is the organisation with the site URL, without a logo when there is none', () => {
		expect(organizationNode(settings)).toEqual({
			'@type': 'Organization',
			name: 'KS',
			url: `${SITE}/`,
		});
	});
});
