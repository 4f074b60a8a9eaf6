import { describe, expect, test } from 'vitest';
import {
	deadlineState,
	formatDeadlineAbsolute,
	formatDeadlineRelative,
} from '../../../src/lib/deadline.ts';

describe('deadlineState', () => {
	test.each([
		{ now: '2026-11-30T09:00:00Z', date: '2026-12-12', state: 'open', daysLeft: 12 },
		{ now: '2026-11-30T09:00:00Z', date: '2026-12-01', state: 'open', daysLeft: 1 },
		{ now: '2026-11-30T09:00:00Z', date: '2026-11-30', state: 'today', daysLeft: 0 },
		{ now: '2026-11-30T09:00:00Z', date: '2026-11-29', state: 'expired', daysLeft: -1 },
		{ now: '2026-11-30T09:00:00Z', date: '2021-03-01', state: 'expired', daysLeft: -2100 },
		// 23:30 UTC on 28 February is 1 March in Oslo: the deadline is today, not tomorrow.
		{ now: '2021-02-28T23:30:00Z', date: '2021-03-01', state: 'today', daysLeft: 0 },
		// Late in the evening of the deadline day it is still open (today) in Oslo.
		{ now: '2021-03-01T22:59:00Z', date: '2021-03-01', state: 'today', daysLeft: 0 },
		{ now: '2021-03-01T23:00:00Z', date: '2021-03-01', state: 'expired', daysLeft: -1 },
	])('$date at $now is $state ($daysLeft days left)', ({ now, date, state, daysLeft }) => {
		expect(deadlineState(date, new Date(now))).toEqual({ date, state, daysLeft });
	});
});

describe('formatDeadlineRelative (site pages)', () => {
	const at = (date: string) => deadlineState(date, new Date('2026-11-30T09:00:00Z'));
	test.each([
		{ date: '2026-12-12', expected: 'om 12 dager' },
		{ date: '2026-12-02', expected: 'om 2 dager' },
		{ date: '2026-12-01', expected: 'i morgen' },
		{ date: '2026-11-30', expected: 'i dag' },
		{ date: '2021-03-01', expected: 'utløpt' },
	])('says "$expected" for $date on 30 November 2026', ({ date, expected }) => {
		expect(formatDeadlineRelative(at(date))).toBe(expected);
	});
});

describe('formatDeadlineAbsolute (feeds and e-mail, read later)', () => {
	const now = new Date('2026-11-30T09:00:00Z');
	test.each([
		{ date: '2021-03-01', expected: '1. mars 2021 (utløpt)' },
		{ date: '2026-11-30', expected: '30. november 2026' },
		{ date: '2026-12-12', expected: '12. desember 2026' },
	])('writes $date as "$expected"', ({ date, expected }) => {
		expect(formatDeadlineAbsolute(deadlineState(date, now))).toBe(expected);
	});
});
