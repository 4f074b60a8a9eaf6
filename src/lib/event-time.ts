/**
 * When an event takes place, in Norwegian and Oslo time: "tirsdag 2. mars 2021 kl. 09.00–15.30",
 * "2.–3. november 2023" for all-day events. Norwegian writes clock times with a full stop (Språkrådet).
 */
import { LOCALE, TIME_ZONE } from '../consts.ts';
import { osloClock, toOsloDate } from './dates.ts';

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

/** "09.00" for an instant, in Oslo time. */
export function formatClock(instant: string): string {
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

/** The first and last Oslo calendar day of an event (the same day when it has no end). */
export function eventDays(event: EventTime): { first: string; last: string } {
	const first = toOsloDate(event.start);
	const last = event.end ? toOsloDate(event.end) : first;
	return { first, last: last < first ? first : last };
}

/** The event's time as a reader sees it (see the file comment for the forms). */
export function formatEventTime(event: EventTime): string {
	const { first, last } = eventDays(event);
	if (event.allDay) return formatDateRange(first, last);
	const day = weekdayDate.format(new Date(event.start));
	if (!event.end) return `${day} kl. ${formatClock(event.start)}`;
	if (first === last) return `${day} kl. ${formatClock(event.start)}–${formatClock(event.end)}`;
	const endDay = weekdayDate.format(new Date(event.end));
	return `${day} kl. ${formatClock(event.start)} – ${endDay} kl. ${formatClock(event.end)}`;
}
