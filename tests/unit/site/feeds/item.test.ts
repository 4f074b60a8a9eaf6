import { describe, expect, test } from 'vitest';
import { feedItem, feedItemHtml, feedItemId } from '../../../../src/site/feeds/item.ts';
import { makePost, paragraph, share, SITE } from '../../../helpers/posts.ts';

describe('feedItemHtml', () => {
	test('makes every site link absolute where the markup is made', () => {
		const post = makePost('a', { bodyBlocks: paragraph({ text: 'x', href: '/tema/x/' }) });
		expect(feedItemHtml(post, SITE)).toBe(`<p><a class="hashtag" href="${SITE}/tema/x/">x</a></p>`);
		expect(post.bodyHtml).toContain('href="/tema/samskaping/"');
	});
});

describe('feedItem', () => {
	test('carries the permanent id, the link, the excerpt as summary, topics as tags and the contact person', () => {
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
			id: feedItemId(post._id),
			idIsPermaLink: false,
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

	test('the id is permanent: a tag URI from the _id, the same after a new slug', () => {
		const before = feedItem(makePost('a'), SITE);
		const after = feedItem({ ...makePost('a'), slug: 'ny', url: `${SITE}/nyheter/ny/` }, SITE);
		expect(before).toMatchObject({ id: `tag:ks.no,2026:trondelag/${before.id.split('/').pop()}` });
		expect([before.idIsPermaLink, after.id]).toEqual([false, before.id]);
		expect(feedItemId('post a/b')).toBe('tag:ks.no,2026:trondelag/post%20a%2Fb');
	});

	test('applies overrides of description and guid', () => {
		const item = feedItem(makePost('a'), SITE, {
			description: 'Egen tekst',
			guid: { value: 'post-a', isPermaLink: false },
		});
		expect(item).toMatchObject({ summary: 'Egen tekst', id: 'post-a', idIsPermaLink: false });
	});
});

describe('the language of an item', () => {
	test('a nynorsk post is wrapped in <div lang="nn"> and says so as its language', () => {
		const item = feedItem(makePost('a', { language: 'nn' }), SITE);
		expect(item.language).toBe('nn');
		expect(item.contentHtml).toMatch(/^<div lang="nn">[\s\S]*<\/div>$/);
	});

	test('a bokmål post, in the feed’s own language, is not wrapped', () => {
		const item = feedItem(makePost('a'), SITE);
		expect(item.language).toBe('nb');
		expect(item.contentHtml).not.toContain('lang=');
	});
});
