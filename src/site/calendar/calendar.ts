/**
 * What every iCalendar file of the site shares (RFC 5545, made with ical-generator): the product
 * id at the site's host, a feed's name, description and refresh interval, all-day entries as DATE
 * values with DTEND the day after (§3.6.1), and CRLF after every line. Used by event-calendar.ts
 * and deadline-calendar.ts.
 */
import ical, { ICalEventTransparency, type ICalCalendar } from 'ical-generator';
import { addDays } from '../../lib/dates.ts';

export type CalendarOptions = {
	/** The site's absolute URL (UIDs use its host). */
	siteUrl: string;
	siteTitle: string;
	/** The build clock (DTSTAMP). */
	now: Date;
	/** A feed: its address; it then carries a name, description and refresh interval. */
	feed?: { url: string } | undefined;
};

/** How often subscribers should fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL): 12 hours. */
export const CALENDAR_TTL_SECONDS = 12 * 60 * 60;

/** A calendar DATE at noon UTC, so the library writes that calendar day whatever the machine's zone. */
export const calendarDay = (date: string) => new Date(`${date}T12:00:00Z`);

/** The site's host: UIDs are `<document id>[-<part>]@<host>` (stable across slug changes). */
export const calendarHost = (siteUrl: string) => new URL(siteUrl).host;

/** A new calendar; a feed gets `names.name` and `names.description` and the refresh interval. */
export function createCalendar(
	opts: CalendarOptions,
	names: { name: string; description: string },
): ICalCalendar {
	const host = calendarHost(opts.siteUrl);
	return ical({
		prodId: { company: host, product: 'nyheter', language: 'NB' },
		...(opts.feed ? { ...names, url: opts.feed.url, ttl: CALENDAR_TTL_SECONDS } : {}),
	});
}

/** Adds an all-day entry on `date` ("2021-03-01") that does not block time (TRANSP:TRANSPARENT). */
export function addAllDayEntry(
	cal: ICalCalendar,
	entry: { uid: string; date: string; summary: string; url: string; now: Date },
): void {
	cal.createEvent({
		id: entry.uid,
		stamp: entry.now,
		start: calendarDay(entry.date),
		end: calendarDay(addDays(entry.date, 1)),
		allDay: true,
		summary: entry.summary,
		description: entry.url,
		url: entry.url,
		transparency: ICalEventTransparency.TRANSPARENT,
	});
}

/** The calendar's text; RFC 5545 §3.1: every content line ends with CRLF, the last one too. */
export const calendarText = (cal: ICalCalendar) => cal.toString().replace(/(\r\n)?$/, '\r\n');
