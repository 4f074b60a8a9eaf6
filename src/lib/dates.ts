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

/** The later of two ISO instants; a missing or earlier `updated` means "unchanged since `published`". */
export function latestInstant(published: string, updated: string | null | undefined): string {
	return updated && Date.parse(updated) > Date.parse(published) ? updated : published;
}
