import { LOCALE, TIME_ZONE } from '../consts.ts';

const longDate = new Intl.DateTimeFormat(LOCALE, {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: TIME_ZONE,
});
const yearOnly = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', timeZone: TIME_ZONE });

/** Dates already formatted: a post's date appears on its page and on every list that shows it. */
const formatted = new Map<string, string>();

/** Formats an ISO date-time as "11. desember 2020" in Oslo time. */
export function formatDate(iso: string): string {
	let text = formatted.get(iso);
	if (text === undefined) {
		text = longDate.format(new Date(iso));
		if (formatted.size >= 100_000) formatted.clear();
		formatted.set(iso, text);
	}
	return text;
}

/** Formats a calendar date ("2021-03-01") as "1. mars 2021" without time-zone shifts. */
export function formatCalendarDate(date: string): string {
	return formatDate(`${date}T12:00:00Z`);
}

/** The year of an instant (ms) or ISO date-time in Oslo time (23:30 UTC on 31 Dec is next year). */
export function getOsloYear(time: number | string): number {
	return Number(yearOnly.format(new Date(time)));
}

/** ISO 8601 / RFC 3339 date-time with a zone: `2023-06-23T08:00:00Z`, `…T10:00:00.000+02:00`. */
const ISO_DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;

/**
 * The instant (ms since the epoch) of an ISO 8601 date-time with a zone (RFC 3339 §5.6), or null
 * when `value` is anything else: no zone, a calendar date that does not exist (30 February), a
 * time out of range, or not a string. Sanity stores `datetime` fields in this form.
 */
export function parseIsoDateTime(value: unknown): number | null {
	if (typeof value !== 'string') return null;
	const m = ISO_DATE_TIME.exec(value.trim());
	if (!m) return null;
	const [year, month, day, hour, minute, second = '0', zh = '0', zm = '0'] = m
		.slice(1)
		.map((v) => v ?? undefined) as string[];
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	if (
		date.getUTCFullYear() !== Number(year) ||
		date.getUTCMonth() !== Number(month) - 1 ||
		date.getUTCDate() !== Number(day) ||
		Number(hour) > 23 ||
		Number(minute) > 59 ||
		Number(second) > 59 ||
		Number(zh) > 23 ||
		Number(zm) > 59
	)
		return null;
	const time = Date.parse(value.trim());
	return Number.isNaN(time) ? null : time;
}

/** True when `iso` is a valid ISO 8601 date-time with a zone (see parseIsoDateTime). */
export function isValidDate(iso: string): boolean {
	return parseIsoDateTime(iso) !== null;
}

/** True when a post published at `time` (ms, or an ISO date-time) is out at `now` (not scheduled). */
export function isPublished(time: number | string, now: Date): boolean {
	const t = typeof time === 'number' ? time : parseIsoDateTime(time);
	return t !== null && t <= now.getTime();
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

/** Subtracts whole calendar months from an instant (the 12-month window of e-mail editions). */
export function subtractMonths(date: Date, months: number): Date {
	const d = new Date(date);
	d.setUTCMonth(d.getUTCMonth() - months);
	return d;
}

/** The later of two ISO instants; a missing or earlier `updated` means "unchanged since `published`". */
export function latestInstant(published: string, updated: string | null | undefined): string {
	return updated && Date.parse(updated) > Date.parse(published) ? updated : published;
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

/** The Oslo month of an instant, "2026-11". */
export const osloMonth = (instant: Date | string): string => toOsloDate(instant).slice(0, 7);

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

/** The instant an Oslo calendar day begins: osloMidnight("2026-03-29") → 2026-03-28T23:00:00.000Z. */
export function osloMidnight(date: string): Date {
	const utc = Date.parse(`${date}T00:00:00Z`);
	// Oslo is UTC+1 or +2 and never changes its offset at midnight, so one correction is exact.
	const c = osloClock(new Date(utc));
	const offset = Date.UTC(+c.year, +c.month - 1, +c.day, +c.hour, +c.minute) - utc;
	return new Date(utc - offset);
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
	return date < toOsloDate(now);
}
