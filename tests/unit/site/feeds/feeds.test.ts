import { describe, expect, test } from 'vitest';
import { FEED_ITEMS } from '../../../../src/consts.ts';
import {
	mainFeed,
	municipalityFeed,
	newestPosts,
	topicFeed,
} from '../../../../src/site/feeds/feeds.ts';
import { groupEntries, type FeedEntry } from '../../../../src/site/feeds/entries.ts';
import {
	makeMunicipality,
	makePost,
	makeTopic,
	settings,
	skaun,
	county,
} from '../../../helpers/posts.ts';

/** `n` posts, newest first, one day apart. */
const many = (n: number) =>
	Array.from({ length: n }, (_, i) =>
		makePost(`sak-${i}`, { publishedAt: new Date(Date.UTC(2025, 0, n - i)).toISOString() }),
	);

describe('feed definitions', () => {
	test(`hold exactly the newest ${FEED_ITEMS} posts, in order`, () => {
		const posts = many(FEED_ITEMS + 12);
		expect(newestPosts(posts)).toEqual(posts.slice(0, FEED_ITEMS));
		expect(mainFeed(posts, settings).posts).toHaveLength(FEED_ITEMS);
		expect(topicFeed(makeTopic('samskaping', 'Samskaping', posts), settings).posts.at(-1)).toBe(
			posts[FEED_ITEMS - 1],
		);
		expect(newestPosts(posts.slice(0, 3))).toEqual(posts.slice(0, 3));
	});

	test('the main feed mirrors the front page under /rss.xml', () => {
		expect(mainFeed([], settings)).toMatchObject({
			id: 'alle-nyheter',
			group: 'main',
			path: '/rss.xml',
			pagePath: '/',
			title: 'KS Trøndelag – nyheter',
			description: 'Nyheter fra KS Trøndelag.',
		});
	});

	test('a topic feed is served beside its page and named after the topic', () => {
		const feed = topicFeed(makeTopic('ia-arbeid', 'IA-arbeid'), settings);
		expect(feed).toMatchObject({
			id: 'tema-ia-arbeid',
			group: 'topic',
			path: '/tema/ia-arbeid/rss.xml',
			pagePath: '/tema/ia-arbeid/',
			title: 'IA-arbeid – KS Trøndelag – nyheter',
			description: 'Nyheter fra KS Trøndelag om IA-arbeid.',
			posts: [],
		});
	});

	test('a municipality feed (the county too) is served beside its page', () => {
		const posts = many(2);
		expect(municipalityFeed(makeMunicipality(skaun, posts), settings)).toMatchObject({
			id: 'kommune-skaun',
			group: 'municipality',
			path: '/kommuner/skaun/rss.xml',
			pagePath: '/kommuner/skaun/',
			title: 'Skaun – KS Trøndelag – nyheter',
			description: 'Nyheter fra KS Trøndelag som gjelder Skaun.',
			posts,
		});
		expect(municipalityFeed(makeMunicipality(county), settings).path).toBe(
			'/kommuner/trondelag-fylkeskommune/rss.xml',
		);
	});
});

describe('groupEntries', () => {
	test('groups the /feeds/ entries in the order their groups first appear', () => {
		const entry = (id: string, group: FeedEntry['group']): FeedEntry => ({
			id,
			group,
			format: 'rss',
			label: id,
			description: '',
			url: `https://x.no/${id}`,
		});
		const entries = [
			entry('a', 'main'),
			entry('b', 'main'),
			entry('c', 'topic'),
			entry('d', 'municipality'),
		];
		expect(groupEntries(entries).map(([g, list]) => [g, list.map((e) => e.id)])).toEqual([
			['main', ['a', 'b']],
			['topic', ['c']],
			['municipality', ['d']],
		]);
	});
});
