import { describe, expect, test } from 'vitest';
import {
	addDays,
	formatCalendarDate,
	formatDate,
	formatIsoOslo,
	formatMonth,
	getOsloYear,
	isDatePast,
	isPublished,
	isValidDate,
	latestInstant,
	toOsloDate,
	daysBetween,
	monthRange,
	osloMonth,
	recentMonths,
	subtractMonths,
} from '../../../src/lib/dates.ts';

describe('formatDate', () => {
	test.each([
		{ iso: '2020-12-11T09:11:45Z', expected: '11. desember 2020' },
		{ iso: '2023-06-23T08:00:00Z', expected: '23. juni 2023' },
		{ iso: '2021-03-01T12:00:00+01:00', expected: '1. mars 2021' },
		// 23:30 UTC on New Year's Eve is already 00:30 on 1 January in Oslo (UTC+1 in winter).
		{ iso: '2020-12-31T23:30:00Z', expected: '1. januar 2021' },
		// 22:30 UTC in June is 00:30 the next day in Oslo (UTC+2 in summer).
		{ iso: '2023-06-22T22:30:00Z', expected: '23. juni 2023' },
	])('formats $iso as "$expected" in Oslo time', ({ iso, expected }) => {
		expect(formatDate(iso)).toBe(expected);
	});
});

describe('formatCalendarDate', () => {
	test.each([
		{ date: '2021-03-01', expected: '1. mars 2021' },
		{ date: '2024-01-01', expected: '1. januar 2024' },
		{ date: '2023-12-31', expected: '31. desember 2023' },
	])(
		'formats the calendar date $date as "$expected" without shifting the day',
		({ date, expected }) => {
			expect(formatCalendarDate(date)).toBe(expected);
		},
	);
});

describe('getOsloYear', () => {
	test.each([
		{ iso: '2020-12-31T23:30:00Z', expected: 2021 },
		{ iso: '2020-12-31T22:59:59Z', expected: 2020 },
		{ iso: '2023-06-23T08:00:00Z', expected: 2023 },
	])('puts $iso in the Oslo year $expected', ({ iso, expected }) => {
		expect(getOsloYear(iso)).toBe(expected);
	});
});

describe('isValidDate (ISO 8601 date-time with a zone)', () => {
	test.each([
		{ iso: '2023-06-23T08:00:00Z', expected: true },
		{ iso: '2023-06-23T10:00:00.000+02:00', expected: true },
		{ iso: '2023-06-23T08:00Z', expected: true },
		{ iso: '2021-03-01', expected: false },
		{ iso: '2023-06-23T08:00:00', expected: false },
		{ iso: '2023-02-30T08:00:00Z', expected: false },
		{ iso: '23.06.2023 08:00', expected: false },
		{ iso: 'Fri, 23 Jun 2023 08:00:00 GMT', expected: false },
		{ iso: 'ikke en dato', expected: false },
		{ iso: '', expected: false },
		{ iso: '2023-13-45T99:00:00Z', expected: false },
	])('returns $expected for "$iso"', ({ iso, expected }) => {
		expect(isValidDate(iso)).toBe(expected);
	});
});

describe('isPublished', () => {
	const now = new Date('2026-11-25T12:00:00Z');

	test.each([
		{ iso: '2026-11-25T11:59:59Z', expected: true },
		{ iso: '2026-11-25T12:00:00Z', expected: true },
		{ iso: '2026-11-25T12:00:01Z', expected: false },
		{ iso: '2099-06-20T08:00:00Z', expected: false },
		{ iso: '2020-12-11T09:11:45Z', expected: true },
	])('returns $expected for a post dated $iso', ({ iso, expected }) => {
		expect(isPublished(iso, now)).toBe(expected);
		expect(isPublished(Date.parse(iso), now)).toBe(expected);
	});

	test('compares instants, not strings: +02:00 is two hours earlier than Z', () => {
		expect(isPublished('2026-11-25T13:30:00+02:00', now)).toBe(true);
		expect('2026-11-25T13:30:00+02:00' <= now.toISOString()).toBe(false);
	});
});

describe('toOsloDate', () => {
	test.each([
		{ instant: '2026-11-30T09:00:00Z', expected: '2026-11-30' },
		// 23:30 UTC on 31 December is already New Year's Day in Oslo (UTC+1 in winter).
		{ instant: '2020-12-31T23:30:00Z', expected: '2021-01-01' },
		// In summer Oslo is UTC+2: 22:30 UTC on 31 August is 1 September.
		{ instant: '2026-08-31T22:30:00Z', expected: '2026-09-01' },
		{ instant: '2026-08-31T21:59:59Z', expected: '2026-08-31' },
	])('puts $instant on $expected', ({ instant, expected }) => {
		expect(toOsloDate(instant)).toBe(expected);
		expect(toOsloDate(new Date(instant))).toBe(expected);
	});
});

describe('daysBetween', () => {
	test.each([
		{ from: '2026-11-30', to: '2026-12-12', expected: 12 },
		{ from: '2026-11-30', to: '2026-11-30', expected: 0 },
		{ from: '2026-11-30', to: '2026-12-01', expected: 1 },
		{ from: '2021-03-02', to: '2021-03-01', expected: -1 },
		// Across the switch to summer time the count is still whole days.
		{ from: '2026-03-28', to: '2026-03-30', expected: 2 },
		{ from: '2024-02-28', to: '2024-03-01', expected: 2 },
	])('counts $expected days from $from to $to', ({ from, to, expected }) => {
		expect(daysBetween(from, to)).toBe(expected);
	});
});

describe('latestInstant', () => {
	test.each([
		{ updated: '2024-01-02T00:00:00Z', expected: '2024-01-02T00:00:00Z' },
		{ updated: '2022-12-31T00:00:00Z', expected: '2023-01-01T00:00:00Z' },
		{ updated: null, expected: '2023-01-01T00:00:00Z' },
		{ updated: 'not a date', expected: '2023-01-01T00:00:00Z' },
	])('is $expected when updated is $updated', ({ updated, expected }) => {
		expect(latestInstant('2023-01-01T00:00:00Z', updated)).toBe(expected);
	});
});

describe('Oslo calendar helpers', () => {
	test.each([
		{ iso: '2020-12-31T23:30:00Z', date: '2021-01-01', month: '2021-01' },
		{ iso: '2023-06-22T21:59:00Z', date: '2023-06-22', month: '2023-06' },
	])('toOsloDate($iso) is $date', ({ iso, date, month }) => {
		expect(toOsloDate(iso)).toBe(date);
		expect(osloMonth(iso)).toBe(month);
	});

	test.each([
		// Winter (CET, +01:00) and summer (CEST, +02:00), on both sides of the October change.
		{ iso: '2021-03-02T08:00:00Z', expected: '2021-03-02T09:00:00+01:00' },
		{ iso: '2028-10-28T08:00:00Z', expected: '2028-10-28T10:00:00+02:00' },
		{ iso: '2028-10-29T09:00:00Z', expected: '2028-10-29T10:00:00+01:00' },
	])('formatIsoOslo($iso) is $expected', ({ iso, expected }) => {
		expect(formatIsoOslo(iso)).toBe(expected);
		expect(Date.parse(formatIsoOslo(iso))).toBe(Date.parse(iso));
	});

	test('addDays crosses months and years', () => {
		expect(addDays('2023-11-30', 1)).toBe('2023-12-01');
		expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
		expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
	});

	test('recentMonths lists twelve months up to the current Oslo month, oldest first', () => {
		const months = recentMonths(new Date('2026-11-30T12:00:00Z'), 12);
		expect(months).toHaveLength(12);
		expect(months[0]).toBe('2025-12');
		expect(months.at(-1)).toBe('2026-11');
		// 23:30 UTC on 30 November is already December in Oslo.
		expect(recentMonths(new Date('2026-11-30T23:30:00Z'), 2)).toEqual(['2026-11', '2026-12']);
	});

	test('monthRange knows leap years', () => {
		expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
		expect(monthRange('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
	});

	test('formatMonth is Norwegian', () => {
		expect(formatMonth('2026-11')).toBe('november 2026');
	});

	test('isDatePast is false on the day itself and true the day after (Oslo)', () => {
		expect(isDatePast('2021-03-01', new Date('2021-03-01T22:30:00Z'))).toBe(false);
		expect(isDatePast('2021-03-01', new Date('2021-03-01T23:30:00Z'))).toBe(true);
	});
});

describe('subtractMonths', () => {
	test('goes back whole calendar months', () => {
		expect(subtractMonths(new Date('2026-11-30T12:00:00Z'), 12).toISOString()).toBe(
			'2025-11-30T12:00:00.000Z',
		);
	});
});
