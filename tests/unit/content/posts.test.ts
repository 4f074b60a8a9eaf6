import { describe, expect, test } from 'vitest';
import {
	groupByYear,
	hasEmailEdition,
	openDeadlines,
	paginate,
	postsInPeriod,
	selectLeadStory,
} from '../../../src/content/posts.ts';

type P = { id: string; publishedAt: string; kind: string; year: number };
const post = (id: string, publishedAt: string, kind = 'news'): P => ({
	id,
	publishedAt,
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
		const newYear = { id: 'nyttar', publishedAt: '2020-12-31T23:30:00Z', kind: 'news', year: 2021 };
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

describe('hasEmailEdition', () => {
	const now = new Date('2026-11-30T12:00:00Z');
	test.each([
		{ publishedAt: '2025-12-01T08:00:00Z', kind: 'news', expected: true, why: 'within 12 months' },
		{
			publishedAt: '2025-11-29T08:00:00Z',
			kind: 'news',
			expected: false,
			why: 'older than 12 months',
		},
		{
			publishedAt: '2020-12-11T09:00:00Z',
			kind: 'newsletter',
			expected: true,
			why: 'a newsletter of any age',
		},
	])('$why: $expected', ({ publishedAt, kind, expected }) => {
		expect(hasEmailEdition({ publishedAt, kind }, now)).toBe(expected);
	});
});

describe('openDeadlines', () => {
	const withDeadline = (id: string, deadline: string | null) => ({
		id,
		publishedAt: '2021-01-01T00:00:00Z',
		deadline,
	});
	test('keeps deadlines from the Oslo day of now onwards, soonest first', () => {
		const list = [
			withDeadline('late', '2021-04-01'),
			withDeadline('none', null),
			withDeadline('today', '2021-03-01'),
			withDeadline('past', '2021-02-28'),
		];
		// 23:30 UTC on 28 February is already 1 March in Oslo.
		const open = openDeadlines(list, new Date('2021-02-28T23:30:00Z'));
		expect(open.map((p) => p.id)).toEqual(['today', 'late']);
	});
});

describe('postsInPeriod', () => {
	test('selects by Oslo day, both ends included', () => {
		const list = [
			post('first-oslo-day', '2026-10-31T23:30:00Z'),
			post('last-day', '2026-11-30T22:59:00Z'),
			post('after', '2026-11-30T23:00:00Z'),
			post('before', '2026-10-31T22:59:00Z'),
		];
		expect(postsInPeriod(list, { from: '2026-11-01', to: '2026-11-30' }).map((p) => p.id)).toEqual([
			'first-oslo-day',
			'last-day',
		]);
	});
});
