import { describe, expect, test } from 'vitest';
import { feedItem, feedItemHtml } from '../../../../src/site/feeds/item.ts';
import { makePost, share, SITE } from '../../../helpers/posts.ts';

describe('feedItemHtml', () => {
	test('makes every site link absolute', () => {
		const html = feedItemHtml(
			makePost('a', {
				bodyHtml: '<p><a href="/tema/x/">x</a> <img src="/bilder/a.jpg" alt=""></p>',
			}),
			SITE,
		);
		expect(html).toBe(
			`<p><a href="${SITE}/tema/x/">x</a> <img src="${SITE}/bilder/a.jpg" alt=""></p>`,
		);
	});
});

describe('feedItem', () => {
	test('carries the permalink as id, the excerpt as summary, topics as tags and the contact person', () => {
		const post = makePost('a', {
			updatedAt: '2024-01-02T00:00:00Z',
			share: share('a'),
			contact: { _id: 'p', name: 'Ola Brekken', role: 'Rådgiver', email: null, phone: null },
		});
		expect(feedItem(post, SITE)).toMatchObject({
			id: post.url,
			idIsPermaLink: true,
			url: post.url,
			title: 'Sak a',
			summary: 'Ingress for a.',
			published: '2023-06-23T08:00:00Z',
			modified: '2024-01-02T00:00:00Z',
			tags: ['Samskaping'],
			image: post.share,
			author: { name: 'Ola Brekken' },
		});
	});

	test('applies overrides of description and guid', () => {
		const item = feedItem(makePost('a'), SITE, {
			description: 'Egen tekst',
			guid: { value: 'post-a', isPermaLink: false },
		});
		expect(item).toMatchObject({ summary: 'Egen tekst', id: 'post-a', idIsPermaLink: false });
	});
});
