import { TIME_ZONE } from './constants';

const dateFormat = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: TIME_ZONE });
const yearFormat = new Intl.DateTimeFormat('nb-NO', { year: 'numeric', timeZone: TIME_ZONE });

/** Formats an ISO date or datetime as "23. juni 2023" in Oslo time; undefined if unparseable. */
export function formatDateNb(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : dateFormat.format(date);
}

/** Returns the Oslo calendar year of an ISO datetime, or undefined if unparseable. */
export function toOsloYear(value: string | undefined): number | undefined {
	if (!value) return undefined;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : Number(yearFormat.format(date));
}
