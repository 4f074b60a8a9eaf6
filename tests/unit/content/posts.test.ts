import { describe, expect, test } from 'vitest';
import { groupByYear, paginate, selectLeadStory } from '../../../src/content/posts.ts';

type P = { id: string; publishedAt: string; publishedTime: number; kind: string; year: number };
const post = (id: string, publishedAt: string, kind = 'news'): P => ({
	id,
	publishedAt,
	publishedTime: Date.parse(publishedAt),
	kind,
	year: Number(publishedAt.slice(0, 4)),
});

// Newest first, as the content store delivers them.
const posts: P[] = [
	post('news-nov', '2026-11-01T08:00:00Z'),
	post('summer-2026', '2026-06-19T08:00:00Z', 'summerGreeting'),
	post('news-mar', '2026-03-01T08:00:00Z'),
	post('christmas-2025', '2025-12-20T08:00:00Z', 'christmasGreeting'),
	post('summer-2025', '2025-06-20T08:00:00Z', 'summerGreeting'),
];

describe('selectLeadStory', () => {
	test.each([
		{
			now: '2026-11-25T12:00:00Z',
			expected: 'summer-2026',
			why: 'a greeting from the last six months wins over newer news',
		},
		{
			now: '2026-12-19T08:00:00Z',
			expected: 'summer-2026',
			why: 'a greeting exactly six months old still counts',
		},
		{
			now: '2026-12-20T12:00:00Z',
			expected: 'news-nov',
			why: 'an older greeting gives way to the newest post',
		},
		{
			now: '2026-04-01T12:00:00Z',
			expected: 'christmas-2025',
			why: 'a Christmas greeting counts as a greeting',
		},
	])('picks $expected at $now ($why)', ({ now, expected }) => {
		const available = posts.filter((p) => p.publishedAt <= now);
		expect(selectLeadStory(available, new Date(now))?.id).toBe(expected);
	});

	test('returns the newest post when there are no greetings', () => {
		const news = posts.filter((p) => p.kind === 'news');
		expect(selectLeadStory(news, new Date('2026-11-25T12:00:00Z'))?.id).toBe('news-nov');
	});

	test('returns undefined for no posts', () => {
		expect(selectLeadStory([], new Date('2026-11-25T12:00:00Z'))).toBeUndefined();
	});
});

describe('groupByYear', () => {
	test('groups posts by year, newest year first, keeping their order', () => {
		const groups = groupByYear(posts).map((g) => ({ year: g.year, ids: g.posts.map((p) => p.id) }));
		expect(groups).toMatchInlineSnapshot(`
			[
			  {
			    "ids": [
			      "news-nov",
			      "summer-2026",
			      "news-mar",
			    ],
			    "year": 2026,
			  },
			  {
			    "ids": [
			      "christmas-2025",
			      "summer-2025",
			    ],
			    "year": 2025,
			  },
			]
		`);
	});

	test('uses the year field (Oslo year), not the UTC date', () => {
		const newYear = { ...post('nyttar', '2020-12-31T23:30:00Z'), year: 2021 };
		expect(groupByYear([newYear]).map((g) => g.year)).toEqual([2021]);
	});

	test('sorts years even when the input is not sorted', () => {
		const mixed = [
			post('a', '2021-01-01T00:00:00Z'),
			post('b', '2024-01-01T00:00:00Z'),
			post('c', '2022-01-01T00:00:00Z'),
		];
		expect(groupByYear(mixed).map((g) => g.year)).toEqual([2024, 2022, 2021]);
	});

	test('returns no groups for no posts', () => {
		expect(groupByYear([])).toEqual([]);
	});
});

describe('paginate', () => {
	const items = Array.from({ length: 23 }, (_, i) => i + 1);

	test.each([
		{ count: 0, size: 10, expected: [0] },
		{ count: 1, size: 10, expected: [1] },
		{ count: 10, size: 10, expected: [10] },
		{ count: 11, size: 10, expected: [10, 1] },
		{ count: 23, size: 10, expected: [10, 10, 3] },
		{ count: 23, size: 5, expected: [5, 5, 5, 5, 3] },
	])('splits $count items into pages of $size as $expected', ({ count, size, expected }) => {
		expect(paginate(items.slice(0, count), size).map((page) => page.length)).toEqual(expected);
	});

	test('keeps the order of the items across pages', () => {
		expect(paginate(items, 10).flat()).toEqual(items);
		expect(paginate(items, 10)[2]).toEqual([21, 22, 23]);
	});
});
