/**
 * When an event takes place, in Norwegian and Oslo time: "tirsdag 2. mars 2021 kl. 09.00–15.30",
 * "2.–3. november 2023" for all-day events, "fredag 3. november 2023, hele dagen" for one whole
 * day. Norwegian writes clock times with a full stop (Språkrådet). An end at 00:00 Oslo ends the
 * day before, at 24.00 (the reader's «til midnatt»), never «kl. 00.00» the next day.
 */
import { LOCALE, TIME_ZONE } from '../consts.ts';
import { t } from './i18n.ts';
import { addDays, osloClock, toOsloDate } from './dates.ts';

export type EventTime = {
	start: string;
	end?: string | null | undefined;
	allDay?: boolean | null | undefined;
};

const weekdayDate = new Intl.DateTimeFormat(LOCALE, {
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: TIME_ZONE,
});
const dayMonth = new Intl.DateTimeFormat(LOCALE, {
	day: 'numeric',
	month: 'long',
	timeZone: 'UTC',
});
const dayMonthYear = new Intl.DateTimeFormat(LOCALE, {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/** True when an instant is exactly midnight (00:00:00) on the Oslo wall clock. */
export function isOsloMidnight(instant: string): boolean {
	const c = osloClock(instant);
	return c.hour === '00' && c.minute === '00' && c.second === '00';
}

/** "09.00" for an instant, in Oslo time; an end (`asEnd`) at midnight is "24.00" of the day before. */
export function formatClock(instant: string, asEnd = false): string {
	if (asEnd && isOsloMidnight(instant)) return '24.00';
	const c = osloClock(instant);
	return `${c.hour}.${c.minute}`;
}

/** A range of calendar dates: "2. november 2023", "2.–3. november 2023", "30. oktober – 2. november 2023". */
export function formatDateRange(first: string, last: string): string {
	const d = (date: string) => new Date(`${date}T12:00:00Z`);
	if (last <= first) return dayMonthYear.format(d(first));
	if (first.slice(0, 7) === last.slice(0, 7))
		return `${Number(first.slice(8))}.–${dayMonthYear.format(d(last))}`;
	if (first.slice(0, 4) === last.slice(0, 4))
		return `${dayMonth.format(d(first))} – ${dayMonthYear.format(d(last))}`;
	return `${dayMonthYear.format(d(first))} – ${dayMonthYear.format(d(last))}`;
}

/**
 * The first and last Oslo calendar day of an event (the same day when it has no end). An end at
 * 00:00 Oslo after the start belongs to the day before: the event ran until 24.00 of that day.
 */
export function eventDays(event: EventTime): { first: string; last: string } {
	const first = toOsloDate(event.start);
	let last = event.end ? toOsloDate(event.end) : first;
	if (event.end && event.end > event.start && isOsloMidnight(event.end)) last = addDays(last, -1);
	return { first, last: last < first ? first : last };
}

/** True for a timed event that spans whole days: it starts and ends at 00:00 Oslo. */
const wholeDays = (event: EventTime): boolean =>
	Boolean(event.end) && isOsloMidnight(event.start) && isOsloMidnight(event.end!);

/** The event's time as a reader sees it (see the file comment for the forms). */
export function formatEventTime(event: EventTime): string {
	const { first, last } = eventDays(event);
	const weekday = (date: string) => weekdayDate.format(new Date(`${date}T12:00:00Z`));
	if (event.allDay || wholeDays(event))
		return first === last
			? `${weekday(first)}, ${t('event.allDay')}`
			: formatDateRange(first, last);
	const day = weekday(first);
	if (!event.end) return `${day} kl. ${formatClock(event.start)}`;
	const end = formatClock(event.end, true);
	if (first === last) return `${day} kl. ${formatClock(event.start)}–${end}`;
	return `${day} kl. ${formatClock(event.start)} – ${weekday(last)} kl. ${end}`;
}
