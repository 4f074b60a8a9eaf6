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
	monthRange,
	osloDate,
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

describe('isValidDate', () => {
	test.each([
		{ iso: '2023-06-23T08:00:00Z', expected: true },
		{ iso: '2021-03-01', expected: true },
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
	});
});

describe('subtractMonths', () => {
	test.each([
		{ date: '2026-11-25T12:00:00.000Z', months: 6, expected: '2026-05-25T12:00:00.000Z' },
		{ date: '2026-03-15T00:00:00.000Z', months: 6, expected: '2025-09-15T00:00:00.000Z' },
		{ date: '2026-01-10T08:00:00.000Z', months: 1, expected: '2025-12-10T08:00:00.000Z' },
		{ date: '2026-01-10T08:00:00.000Z', months: 0, expected: '2026-01-10T08:00:00.000Z' },
	])('moves $date back $months months to $expected', ({ date, months, expected }) => {
		expect(subtractMonths(new Date(date), months).toISOString()).toBe(expected);
	});

	test('does not change the date it is given', () => {
		const date = new Date('2026-11-25T12:00:00Z');
		subtractMonths(date, 6);
		expect(date.toISOString()).toBe('2026-11-25T12:00:00.000Z');
	});
});

describe('Oslo calendar helpers', () => {
	test.each([
		{ iso: '2020-12-31T23:30:00Z', date: '2021-01-01', month: '2021-01' },
		{ iso: '2023-06-22T21:59:00Z', date: '2023-06-22', month: '2023-06' },
	])('osloDate($iso) is $date', ({ iso, date, month }) => {
		expect(osloDate(iso)).toBe(date);
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
