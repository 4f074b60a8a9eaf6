import { LOCALE, TIME_ZONE } from '../consts.ts';

const longDate = new Intl.DateTimeFormat(LOCALE, {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: TIME_ZONE,
});
const yearOnly = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', timeZone: TIME_ZONE });

/** Formats an ISO date-time as "11. desember 2020" in Oslo time. */
export function formatDate(iso: string): string {
	return longDate.format(new Date(iso));
}

/** Formats a calendar date ("2021-03-01") as "1. mars 2021" without time-zone shifts. */
export function formatCalendarDate(date: string): string {
	return formatDate(`${date}T12:00:00Z`);
}

/** The year of an ISO date-time in Oslo time (a post at 23:30 UTC on 31 Dec belongs to the next year). */
export function getOsloYear(iso: string): number {
	return Number(yearOnly.format(new Date(iso)));
}

/** True when `iso` is a parseable date-time. */
export function isValidDate(iso: string): boolean {
	return !Number.isNaN(Date.parse(iso));
}

/** True when a post dated `iso` is published at `now` (not scheduled for later). */
export function isPublished(iso: string, now: Date): boolean {
	return Date.parse(iso) <= now.getTime();
}

const isoDate = new Intl.DateTimeFormat('en-CA', {
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	timeZone: TIME_ZONE,
});

/** The Oslo calendar date of an instant, as "2026-11-30" (a Date or an ISO date-time). */
export function toOsloDate(instant: Date | string): string {
	return isoDate.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** Whole calendar days from one ISO date ("2026-11-30") to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
