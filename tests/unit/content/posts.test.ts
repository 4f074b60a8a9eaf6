import { describe, expect, test } from 'vitest';
import {
	greetingSeasonEnd,
	groupByYear,
	hasEmailEdition,
	isPinActive,
	latestOnFrontPage,
	monthsWithPosts,
	nextPublishInstant,
	openDeadlines,
	paginate,
	postsInPeriod,
	recentlyPassedDeadlines,
	selectLeadStory,
} from '../../../src/content/posts.ts';

type P = { _id: string; publishedAt: string; publishedTime: number; kind: string; year: number };
const post = (_id: string, publishedAt: string, kind = 'news'): P => ({
	_id,
	publishedAt,
	publishedTime: Date.parse(publishedAt),
	kind,
	year: Number(publishedAt.slice(0, 4)),
});

// Newest first, as the content store delivers them.
const posts: P[] = [
	post('news-nov', '2026-11-01T08:00:00Z'),
	post('news-jul', '2026-07-10T08:00:00Z'),
	post('summer-2026', '2026-06-19T08:00:00Z', 'summerGreeting'),
	post('news-mar', '2026-03-01T08:00:00Z'),
	post('christmas-2025', '2025-12-20T08:00:00Z', 'christmasGreeting'),
	post('summer-2025', '2025-06-20T08:00:00Z', 'summerGreeting'),
];
/** The posts published at `now`, as the store would have them then. */
const at = (now: string) => posts.filter((p) => p.publishedAt <= now);
const lead = (now: string, pin?: { post?: string; until?: string; maxAgeDays?: number }) =>
	selectLeadStory(at(now), { pin, now: new Date(now) })?._id;

describe('greetingSeasonEnd', () => {
	test.each([
		{ kind: 'summerGreeting', publishedAt: '2026-06-19T08:00:00Z', expected: '2026-08-31' },
		{ kind: 'christmasGreeting', publishedAt: '2025-12-20T08:00:00Z', expected: '2026-01-06' },
		// Published on 31 December at 23:30 UTC: already New Year's Day in Oslo, so 6 January that year.
		{ kind: 'christmasGreeting', publishedAt: '2025-12-31T23:30:00Z', expected: '2026-01-06' },
		{ kind: 'christmasGreeting', publishedAt: '2026-01-02T08:00:00Z', expected: '2026-01-06' },
		{ kind: 'news', publishedAt: '2026-06-19T08:00:00Z', expected: null },
		{ kind: 'newsletter', publishedAt: '2026-12-20T08:00:00Z', expected: null },
	])('$kind published $publishedAt leads until $expected', ({ kind, publishedAt, expected }) => {
		expect(greetingSeasonEnd({ kind, publishedTime: Date.parse(publishedAt) })).toBe(expected);
	});
});

describe('selectLeadStory', () => {
	test.each([
		{
			now: '2026-11-30T09:00:00Z',
			expected: 'news-nov',
			why: 'on 30 November a summer greeting no longer leads: the newest post does',
		},
		{
			now: '2026-07-15T12:00:00Z',
			expected: 'summer-2026',
			why: 'in its season a summer greeting leads, even over newer news',
		},
		{
			now: '2026-08-31T21:59:00Z',
			expected: 'summer-2026',
			why: 'the last minutes of 31 August in Oslo are still summer',
		},
		{
			now: '2026-08-31T22:00:00Z',
			expected: 'news-jul',
			why: 'from 1 September in Oslo the summer greeting gives way to the newest news',
		},
		{
			now: '2026-01-06T22:00:00Z',
			expected: 'christmas-2025',
			why: 'a Christmas greeting leads through 6 January (Oslo time)',
		},
		{
			now: '2026-03-02T12:00:00Z',
			expected: 'news-mar',
			why: 'a Christmas greeting out of season gives way to older news',
		},
	])('picks $expected at $now ($why)', ({ now, expected }) => {
		// The season rule on its own: an age limit of a year keeps the age rule out of the way.
		expect(lead(now, { maxAgeDays: 365 })).toBe(expected);
	});

	test('with only greetings out of season, the newest post leads', () => {
		// 7 January 2026 in Oslo: the Christmas and the summer greeting of 2025 are both over.
		expect(lead('2026-01-06T23:00:00Z')).toBe('christmas-2025');
	});

	test('an active pin wins over a greeting in season and over newer posts', () => {
		expect(lead('2026-07-15T12:00:00Z', { post: 'news-mar' })).toBe('news-mar');
		expect(
			lead('2026-11-30T09:00:00Z', { post: 'summer-2026', until: '2026-12-01T00:00:00Z' }),
		).toBe('summer-2026');
	});

	test('a pin is over at its end: the usual rule applies again', () => {
		expect(lead('2026-11-30T09:00:00Z', { post: 'news-mar', until: '2026-11-30T09:00:00Z' })).toBe(
			'news-nov',
		);
	});

	test('a pin to a post that is not published (draft, future, missing) is ignored', () => {
		expect(lead('2026-11-30T09:00:00Z', { post: 'drafts.news-dec' })).toBe('news-nov');
		expect(lead('2026-04-01T12:00:00Z', { post: 'summer-2026' })).toBe('news-mar');
	});

	describe('the age rule (a pinned build clock, BUILD_NOW in the store)', () => {
		test('an automatic lead gives way after 45 days: then no lead at all, never a stale one', () => {
			// news-mar was published 1 March: 45 days later it still leads, on day 46 nothing does.
			expect(lead('2026-04-15T08:00:00Z')).toBe('news-mar');
			expect(lead('2026-04-15T08:00:01Z')).toBeUndefined();
		});

		test('a stale greeting in season gives way to the newest news that is recent enough', () => {
			const list = [
				post('news-aug', '2026-08-20T08:00:00Z'),
				post('summer-2026', '2026-06-19T08:00:00Z', 'summerGreeting'),
			];
			const at = new Date('2026-08-25T08:00:00Z');
			expect(selectLeadStory(list, { now: at })?._id).toBe('news-aug');
			expect(selectLeadStory(list.slice(1), { now: at })).toBeUndefined();
		});

		test('the settings decide the age (leadStory.maxAgeDays); a pin is not bound by it', () => {
			expect(lead('2026-05-01T08:00:00Z')).toBeUndefined();
			expect(lead('2026-05-01T08:00:00Z', { maxAgeDays: 90 })).toBe('news-mar');
			expect(lead('2026-05-01T08:00:00Z', { maxAgeDays: 10 })).toBeUndefined();
			expect(lead('2026-11-30T09:00:00Z', { post: 'summer-2025' })).toBe('summer-2025');
		});
	});

	test('returns undefined for no posts', () => {
		expect(selectLeadStory([], { now: new Date('2026-11-25T12:00:00Z') })).toBeUndefined();
	});
});

describe('isPinActive', () => {
	const now = new Date('2026-11-30T09:00:00Z');
	test.each([
		{ pin: { post: 'p' }, expected: true },
		{ pin: { post: 'p', until: '2026-11-30T09:00:01Z' }, expected: true },
		{ pin: { post: 'p', until: '2026-11-30T09:00:00Z' }, expected: false },
		{ pin: { post: 'p', until: null }, expected: true },
		{ pin: { post: null, until: '2027-01-01T00:00:00Z' }, expected: false },
		{ pin: null, expected: false },
	])('is $expected for $pin', ({ pin, expected }) => {
		expect(isPinActive(pin, now)).toBe(expected);
	});
});

describe('groupByYear', () => {
	test('groups posts by year, newest year first, keeping their order', () => {
		const groups = groupByYear(posts).map((g) => ({
			year: g.year,
			ids: g.posts.map((p) => p._id),
		}));
		expect(groups).toMatchInlineSnapshot(`
			[
			  {
			    "ids": [
			      "news-nov",
			      "news-jul",
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
		expect(hasEmailEdition({ publishedTime: Date.parse(publishedAt), kind }, now)).toBe(expected);
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

describe('latestOnFrontPage', () => {
	test('keeps news and newsletters, at most one greeting (the newest), and leaves out the lead', () => {
		const list = [
			post('summer-2026', '2026-06-19T08:00:00Z', 'summerGreeting'),
			post('news-1', '2026-06-01T08:00:00Z'),
			post('christmas-2025', '2025-12-20T08:00:00Z', 'christmasGreeting'),
			post('letter', '2025-12-01T08:00:00Z', 'newsletter'),
			post('summer-2025', '2025-06-20T08:00:00Z', 'summerGreeting'),
			post('news-2', '2025-05-01T08:00:00Z'),
			post('news-3', '2025-04-01T08:00:00Z'),
		];
		const ids = (l: P[]) => l.map((p) => p._id);
		expect(ids(latestOnFrontPage(list, null, 4))).toEqual([
			'summer-2026',
			'news-1',
			'letter',
			'news-2',
		]);
		expect(ids(latestOnFrontPage(list, list[1], 3))).toEqual(['summer-2026', 'letter', 'news-2']);
	});
});

describe('recentlyPassedDeadlines', () => {
	const withDeadline = (id: string, deadline: string | null) => ({ id, deadline });
	test('keeps deadlines passed within the window (Oslo days), the latest first', () => {
		const list = [
			withDeadline('today', '2021-03-01'),
			withDeadline('yesterday', '2021-02-28'),
			withDeadline('none', null),
			withDeadline('sixty-days', '2020-12-31'),
			withDeadline('sixty-one-days', '2020-12-30'),
			withDeadline('a-week', '2021-02-22'),
		];
		// 23:30 UTC on 28 February is already 1 March in Oslo: the 1 March deadline is still open.
		const passed = recentlyPassedDeadlines(list, new Date('2021-02-28T23:30:00Z'), 60);
		expect(passed.map((p) => p.id)).toEqual(['yesterday', 'a-week', 'sixty-days']);
	});
});

describe('monthsWithPosts', () => {
	test('keeps the months in which a post was published (Oslo time), in the given order', () => {
		const months = ['2026-05', '2026-06', '2026-07', '2026-10', '2026-11'];
		// 23:30 UTC on 31 October is 1 November in Oslo (winter time, UTC+1).
		const list = [post('a', '2026-10-31T23:30:00Z'), ...posts];
		expect(monthsWithPosts(months, list)).toEqual(['2026-06', '2026-07', '2026-11']);
		expect(monthsWithPosts(months, [])).toEqual([]);
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
		expect(postsInPeriod(list, { from: '2026-11-01', to: '2026-11-30' }).map((p) => p._id)).toEqual(
			['first-oslo-day', 'last-day'],
		);
	});
});

describe('nextPublishInstant', () => {
	const now = new Date('2026-11-25T12:00:00Z');
	test.each([
		{ times: [], next: null },
		{ times: [now.getTime()], next: null },
		{ times: [Date.parse('2099-01-01T00:00:00Z'), Number.NaN], next: '2099-01-01T00:00:00.000Z' },
		{
			times: [Date.parse('2027-01-01T00:00:00Z'), Date.parse('2026-11-25T12:00:01Z'), 0],
			next: '2026-11-25T12:00:01.000Z',
		},
	])('is $next for $times', ({ times, next }) => {
		expect(nextPublishInstant(times, now)).toBe(next);
	});
});
