/** Every time the site changes by the clock alone, earliest first (schedule.json). */
import { describe, expect, test } from 'vitest';
import { siteChanges, type ScheduleInput } from '../../../src/content/schedule.ts';
import { osloMidnight } from '../../../src/lib/dates.ts';

const NOW = new Date('2026-12-04T10:00:00Z');
const post = (
	_id: string,
	extra: Partial<ScheduleInput['posts'][number]> = {},
): ScheduleInput['posts'][number] => ({
	_id,
	kind: 'news',
	publishedTime: Date.parse('2026-12-01T08:00:00Z'),
	...extra,
});
const base: ScheduleInput = { now: NOW, nextPublishAt: null, pin: null, posts: [], events: [] };
const changes = (input: Partial<ScheduleInput>) => siteChanges({ ...base, ...input });

describe('osloMidnight', () => {
	test.each([
		['2026-12-05', '2026-12-04T23:00:00.000Z'], // winter, UTC+1
		['2026-07-01', '2026-06-30T22:00:00.000Z'], // summer, UTC+2
		['2026-03-29', '2026-03-28T23:00:00.000Z'], // the day clocks go forward (at 02:00)
		['2026-10-25', '2026-10-24T22:00:00.000Z'], // the day clocks go back (at 03:00)
	])('%s begins at %s', (date, instant) => {
		expect(osloMidnight(date).toISOString()).toBe(instant);
	});
});

describe('siteChanges', () => {
	test('with nothing planned, the next change is the new month (the digest), at Oslo midnight', () => {
		expect(changes({})).toEqual([{ at: '2026-12-31T23:00:00.000Z', kind: 'month' }]);
	});

	test("each kind of change: scheduled post, pin's «til», deadline, event end, greeting season", () => {
		const result = changes({
			nextPublishAt: '2026-12-04T14:00:00.000Z',
			pin: { post: 'pinned', until: '2026-12-04T13:00:00Z' },
			posts: [
				post('frist', { deadline: '2026-12-10' }),
				post('gammel-frist', { deadline: '2021-03-01' }),
				post('jul', {
					kind: 'christmasGreeting',
					publishedTime: Date.parse('2026-12-20T08:00:00Z'),
				}),
			],
			events: [
				{ _id: 'mote', start: '2026-12-08T08:00:00Z', end: '2026-12-08T14:30:00Z' },
				{ _id: 'uten-slutt', start: '2026-12-09T09:00:00Z' },
				{ _id: 'heldag', start: '2026-12-11T00:00:00+01:00', allDay: true },
				{ _id: 'over', start: '2026-11-01T08:00:00Z', end: '2026-11-01T09:00:00Z' },
			],
		});
		expect(result).toEqual([
			{ at: '2026-12-04T13:00:00.000Z', kind: 'pinEnds', id: 'pinned' },
			{ at: '2026-12-04T14:00:00.000Z', kind: 'publish' },
			{ at: '2026-12-08T14:30:00.001Z', kind: 'eventEnds', id: 'mote' },
			{ at: '2026-12-09T09:00:00.001Z', kind: 'eventEnds', id: 'uten-slutt' },
			// «utløpt» from the start of the Oslo day after the deadline
			{ at: '2026-12-10T23:00:00.000Z', kind: 'deadline', id: 'frist' },
			{ at: '2026-12-11T23:00:00.000Z', kind: 'eventEnds', id: 'heldag' },
			{ at: '2026-12-31T23:00:00.000Z', kind: 'month' },
			// a Christmas greeting leads until 6 January
			{ at: '2027-01-06T23:00:00.000Z', kind: 'seasonEnds', id: 'jul' },
		]);
	});

	test('a pin without «til», or whose «til» has passed, schedules nothing', () => {
		expect(changes({ pin: { post: 'a' } }).map((c) => c.kind)).toEqual(['month']);
		expect(
			changes({ pin: { post: 'a', until: '2026-12-01T00:00:00Z' } }).map((c) => c.kind),
		).toEqual(['month']);
	});

	test('a deadline today turns «utløpt» at the coming midnight; an invalid time is left out', () => {
		const result = changes({
			nextPublishAt: 'i morgen',
			posts: [post('i-dag', { deadline: '2026-12-04' })],
			events: [{ _id: 'feil', start: 'snart' }],
		});
		expect(result[0]).toEqual({
			at: osloMidnight('2026-12-05').toISOString(),
			kind: 'deadline',
			id: 'i-dag',
		});
		expect(result.map((c) => c.kind)).toEqual(['deadline', 'month']);
	});
});
