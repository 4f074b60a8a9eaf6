import { describe, expect, test } from 'vitest';
import {
	eventDays,
	formatClock,
	formatDateRange,
	formatEventTime,
} from '../../../src/lib/event-time.ts';

describe('formatEventTime', () => {
	test.each([
		{
			name: 'a day with a start and end time (winter, UTC+1)',
			event: { start: '2021-03-02T08:00:00Z', end: '2021-03-02T14:30:00Z' },
			expected: 'tirsdag 2. mars 2021 kl. 09.00–15.30',
		},
		{
			name: 'the last Sunday of October after the DST change (10:00 Oslo is 09:00 UTC)',
			event: { start: '2028-10-29T09:00:00Z', end: '2028-10-29T11:00:00Z' },
			expected: 'søndag 29. oktober 2028 kl. 10.00–12.00',
		},
		{
			name: 'the last Sunday of March after the DST change (10:00 Oslo is 08:00 UTC)',
			event: { start: '2028-03-26T08:00:00Z' },
			expected: 'søndag 26. mars 2028 kl. 10.00',
		},
		{
			name: 'two days with times',
			event: { start: '2028-11-02T08:00:00Z', end: '2028-11-03T14:00:00Z' },
			expected: 'torsdag 2. november 2028 kl. 09.00 – fredag 3. november 2028 kl. 15.00',
		},
		{
			name: 'all-day over two days in one month',
			event: { start: '2023-11-01T23:00:00Z', end: '2023-11-03T14:00:00Z', allDay: true },
			expected: '2.–3. november 2023',
		},
		{
			name: 'one all-day event',
			event: { start: '2023-11-01T23:00:00Z', allDay: true },
			expected: 'torsdag 2. november 2023, hele dagen',
		},
		{
			name: 'an evening ending at midnight Oslo ends at 24.00 the same day, not 00.00 the next',
			event: { start: '2028-12-02T17:00:00Z', end: '2028-12-02T23:00:00Z' },
			expected: 'lørdag 2. desember 2028 kl. 18.00–24.00',
		},
		{
			name: 'two days ending at midnight Oslo (summer time, UTC+2) end on the second day at 24.00',
			event: { start: '2028-06-09T08:00:00Z', end: '2028-06-10T22:00:00Z' },
			expected: 'fredag 9. juni 2028 kl. 10.00 – lørdag 10. juni 2028 kl. 24.00',
		},
		{
			name: 'an all-day event whose end is 00:00 the day after is one day',
			event: { start: '2028-12-01T23:00:00Z', end: '2028-12-02T23:00:00Z', allDay: true },
			expected: 'lørdag 2. desember 2028, hele dagen',
		},
		{
			name: 'a timed event from midnight to midnight is the whole day',
			event: { start: '2028-12-01T23:00:00Z', end: '2028-12-02T23:00:00Z' },
			expected: 'lørdag 2. desember 2028, hele dagen',
		},
	])('$name: "$expected"', ({ event, expected }) => {
		expect(formatEventTime(event)).toBe(expected);
	});
});

describe('formatDateRange', () => {
	test.each([
		['2023-10-30', '2023-11-02', '30. oktober – 2. november 2023'],
		['2023-12-30', '2024-01-02', '30. desember 2023 – 2. januar 2024'],
		['2023-11-02', '2023-11-02', '2. november 2023'],
	])('%s to %s is "%s"', (first, last, expected) => {
		expect(formatDateRange(first, last)).toBe(expected);
	});
});

describe('eventDays', () => {
	test('uses Oslo days: 23:00 UTC on 1 November is 2 November in Oslo', () => {
		expect(eventDays({ start: '2023-11-01T23:00:00Z', end: '2023-11-03T14:00:00Z' })).toEqual({
			first: '2023-11-02',
			last: '2023-11-03',
		});
	});

	test('an end at 00:00 Oslo belongs to the day before (the event ran until 24.00)', () => {
		expect(eventDays({ start: '2028-12-01T23:00:00Z', end: '2028-12-03T23:00:00Z' })).toEqual({
			first: '2028-12-02',
			last: '2028-12-03',
		});
	});

	test('an end before the start counts as the start day', () => {
		expect(eventDays({ start: '2023-11-05T10:00:00Z', end: '2023-11-01T10:00:00Z' }).last).toBe(
			'2023-11-05',
		);
	});
});

test('formatClock writes Oslo time with a full stop; an end at midnight is 24.00', () => {
	expect(formatClock('2023-06-22T22:30:00Z')).toBe('00.30');
	expect(formatClock('2023-06-22T22:00:00Z')).toBe('00.00');
	expect(formatClock('2023-06-22T22:00:00Z', true)).toBe('24.00');
	expect(formatClock('2023-06-22T22:30:00Z', true)).toBe('00.30');
});
