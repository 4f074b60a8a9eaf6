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

/** Subtracts whole months from a date (used for "recent greeting" windows). */
export function subtractMonths(date: Date, months: number): Date {
	const d = new Date(date);
	d.setUTCMonth(d.getUTCMonth() - months);
	return d;
}

const osloParts = new Intl.DateTimeFormat('en-GB', {
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23',
	timeZone: TIME_ZONE,
});

/** Oslo wall-clock parts of an instant: `{year, month, day, hour, minute, second}` as 2/4-digit strings. */
export function osloClock(
	instant: Date | string,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
	const parts = osloParts.formatToParts(new Date(instant));
	const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
	return {
		year: get('year'),
		month: get('month'),
		day: get('day'),
		hour: get('hour'),
		minute: get('minute'),
		second: get('second'),
	};
}

/** The Oslo calendar date of an instant, "2021-03-02" (a post at 23:30 UTC on 31 Dec is 1 Jan). */
export function osloDate(instant: Date | string): string {
	const c = osloClock(instant);
	return `${c.year}-${c.month}-${c.day}`;
}

/** The Oslo month of an instant, "2026-11". */
export const osloMonth = (instant: Date | string): string => osloDate(instant).slice(0, 7);

/** The instant as ISO 8601 with Oslo's offset: "2021-03-02T09:00:00+01:00" (schema.org dates). */
export function formatIsoOslo(instant: Date | string): string {
	const date = new Date(instant);
	const c = osloClock(date);
	const local = Date.UTC(+c.year, +c.month - 1, +c.day, +c.hour, +c.minute, +c.second);
	const offset = Math.round((local - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
	const sign = offset < 0 ? '-' : '+';
	const abs = Math.abs(offset);
	const hh = String(Math.floor(abs / 60)).padStart(2, '0');
	const mm = String(abs % 60).padStart(2, '0');
	return `${c.year}-${c.month}-${c.day}T${c.hour}:${c.minute}:${c.second}${sign}${hh}:${mm}`;
}

/** A calendar date `days` later (or earlier): addDays("2023-11-03", 1) → "2023-11-04". */
export function addDays(date: string, days: number): string {
	const d = new Date(`${date}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** The last `count` Oslo months up to and including the month of `now`, oldest first ("2025-12" … "2026-11"). */
export function recentMonths(now: Date, count: number): string[] {
	const [year, month] = osloMonth(now).split('-').map(Number) as [number, number];
	return Array.from({ length: count }, (_, i) => {
		const d = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
		return d.toISOString().slice(0, 7);
	});
}

/** First and last calendar day of a month: "2026-02" → {from: "2026-02-01", to: "2026-02-28"}. */
export function monthRange(month: string): { from: string; to: string } {
	const [year, m] = month.split('-').map(Number) as [number, number];
	const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
	return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** "november 2026" for "2026-11". */
export function formatMonth(month: string): string {
	return new Intl.DateTimeFormat(LOCALE, {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(new Date(`${month}-15T12:00:00Z`));
}

/** True when a calendar date (a deadline, "2021-03-01") lies before the Oslo day of `now`. */
export function isDatePast(date: string, now: Date): boolean {
	return date < osloDate(now);
}
