import { describe, expect, test } from 'vitest';
import { areaNode, articleNode, topicNode } from '../../../../src/site/structured-data/article.ts';
import {
	county,
	logoImages,
	makePost,
	melhus,
	settings,
	share,
	SITE,
	skaun,
} from '../../../helpers/posts.ts';

const post = makePost('god-sommer-2023', {
	title: 'God sommer fra KS Trøndelag',
	excerpt: 'Vi ser tilbake på våren.',
	publishedAt: '2023-06-23T08:00:00Z',
	updatedAt: '2023-06-24T10:00:00Z',
	share: share('kommunedirektorene'),
	topics: [
		{ _id: 't1', title: 'Århuskompasset', slug: 'arhuskompasset' },
		{ _id: 't2', title: 'IA-arbeid', slug: 'ia-arbeid' },
	],
	municipalities: [skaun, melhus],
});

describe('articleNode', () => {
	test('describes a post as a Norwegian NewsArticle with dates, image, organisation, topics and places', () => {
		expect(articleNode(post, settings, [skaun, county])).toEqual({
			'@type': 'NewsArticle',
			headline: 'God sommer fra KS Trøndelag',
			description: 'Vi ser tilbake på våren.',
			datePublished: '2023-06-23T08:00:00Z',
			dateModified: '2023-06-24T10:00:00Z',
			inLanguage: 'nb',
			url: `${SITE}/nyheter/god-sommer-2023/`,
			mainEntityOfPage: `${SITE}/nyheter/god-sommer-2023/`,
			image: [
				{
					'@type': 'ImageObject',
					url: `${SITE}/bilder/kommunedirektorene-1200x630-0123456789.jpg`,
					width: 1200,
					height: 630,
					caption: 'Kommunedirektørene i Trøndelag.',
				},
			],
			author: { '@type': 'Organization', name: 'KS', url: `${SITE}/` },
			publisher: { '@type': 'Organization', name: 'KS', url: `${SITE}/` },
			about: [
				{ '@type': 'Thing', name: 'Århuskompasset', url: `${SITE}/tema/arhuskompasset/` },
				{ '@type': 'Thing', name: 'IA-arbeid', url: `${SITE}/tema/ia-arbeid/` },
			],
			keywords: 'Århuskompasset, IA-arbeid',
			spatialCoverage: [
				{
					'@type': 'AdministrativeArea',
					name: 'Skaun',
					url: `${SITE}/kommuner/skaun/`,
					identifier: { '@type': 'PropertyValue', propertyID: 'kommunenummer', value: '5029' },
				},
				{
					'@type': 'AdministrativeArea',
					name: 'Trøndelag fylkeskommune',
					url: `${SITE}/kommuner/trondelag-fylkeskommune/`,
					identifier: { '@type': 'PropertyValue', propertyID: 'fylkesnummer', value: '50' },
				},
			],
		});
	});

	test('gives the publisher its logo as ImageObject when the settings have one', () => {
		const logo = { url: `${SITE}/bilder/logo-300x60.png`, width: 300, height: 60 };
		const node = articleNode(post, { ...settings, logoImages }, []);
		expect(node.publisher).toEqual({
			'@type': 'Organization',
			name: 'KS',
			url: `${SITE}/`,
			logo: { '@type': 'ImageObject', ...logo },
		});
		expect(node.author).toEqual(node.publisher);
	});

	test('leaves out image, about and places the post does not have, and names the site without an organisation', () => {
		const node = articleNode(
			{ ...post, share: null, topics: [] },
			{ ...settings, organisation: null },
			[],
		);
		expect(node).not.toHaveProperty('image');
		expect(node).not.toHaveProperty('about');
		expect(node).not.toHaveProperty('keywords');
		expect(node).not.toHaveProperty('spatialCoverage');
		expect((node.publisher as { name: string }).name).toBe('KS Trøndelag – nyheter');
	});
});

describe('topicNode and areaNode', () => {
	test('link to the pages of the topic and the place; a place without number has no identifier', () => {
		expect(topicNode({ title: 'Samskaping', slug: 'samskaping' }, SITE).url).toBe(
			`${SITE}/tema/samskaping/`,
		);
		expect(areaNode({ name: 'Skaun', slug: 'skaun', number: null }, SITE)).toEqual({
			'@type': 'AdministrativeArea',
			name: 'Skaun',
			url: `${SITE}/kommuner/skaun/`,
		});
	});
});
