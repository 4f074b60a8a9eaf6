import { describe, expect, test } from 'vitest';
import { feedItem, feedItemHtml } from '../../../../src/site/feeds/item.ts';
import { makePost, paragraph, share, SITE } from '../../../helpers/posts.ts';

describe('feedItemHtml', () => {
	test('makes every site link absolute where the markup is made', () => {
		const post = makePost('a', { bodyBlocks: paragraph({ text: 'x', href: '/tema/x/' }) });
		expect(feedItemHtml(post, SITE)).toBe(`<p><a class="hashtag" href="${SITE}/tema/x/">x</a></p>`);
		expect(post.bodyHtml).toContain('href="/tema/samskaping/"');
	});
});

describe('feedItem', () => {
	test('carries the permalink as id, the excerpt as summary, topics as tags and the contact person', () => {
		const post = makePost('a', {
			updatedAt: '2024-01-02T00:00:00Z',
			share: share('a'),
			contact: {
				_id: 'p',
				name: 'Ola Brekken',
				role: 'Rådgiver',
				email: null,
				phone: null,
				portrait: null,
			},
		});
		expect(feedItem(post, SITE)).toMatchObject({
			id: post.url,
			idIsPermaLink: true,
			url: post.url,
			title: 'Sak a',
			summary: 'Ingress for a.',
			published: '2023-06-23T08:00:00.000Z',
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
