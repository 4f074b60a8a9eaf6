import { TIME_ZONE } from './constants';

const osloParts = new Intl.DateTimeFormat('en-GB', {
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	timeZone: TIME_ZONE,
});

/** The Oslo calendar date ("2021-03-02") of an ISO datetime, or undefined if unparseable. */
export function toOsloDate(value: string | undefined): string | undefined {
	if (!value) return undefined;
	const date = new Date(value);
	if (Number.isNaN(date.getTime())) return undefined;
	const part = (type: string) => osloParts.formatToParts(date).find((p) => p.type === type)?.value;
	return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * An event must end after it starts; an all-day event may end on its first day (RFC 5545 DTEND is
 * exclusive, the site adds the day). True, or the Norwegian message the Studio shows.
 */
export function checkEventEnd(
	end: string | undefined,
	doc: { start?: string; allDay?: boolean } | undefined,
): true | string {
	const start = doc?.start;
	if (!end || !start) return true;
	const [from, to] = [Date.parse(start), Date.parse(end)];
	if (Number.isNaN(from) || Number.isNaN(to)) return true;
	if (doc?.allDay) {
		return (toOsloDate(end) ?? '') >= (toOsloDate(start) ?? '')
			? true
			: 'Siste dag kan ikke være før første dag.';
	}
	return to > from ? true : 'Slutt må være etter start.';
}

/** The registration deadline (a date) must fall on or before the event's first day (Oslo time). */
export function checkRegistrationDeadline(
	deadline: string | undefined,
	doc: { start?: string } | undefined,
): true | string {
	const first = toOsloDate(doc?.start);
	if (!deadline || !first) return true;
	return deadline <= first ? true : 'Påmeldingsfristen må være før arrangementet starter.';
}
