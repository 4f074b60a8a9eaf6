/**
 * iCalendar files (RFC 5545) for events, made with ical-generator: one file per event and the feed
 * of upcoming events (/arrangementer.ics). Times are written in UTC (`…Z`, RFC 5545 §3.3.5 form 2),
 * so no VTIMEZONE is needed and every calendar app shows the right Oslo time on both sides of a DST
 * change; all-day events are DATE values (DTEND the day after the last day, §3.6.1). UID is the
 * Sanity document id at the site's host, so an event updated in the Studio replaces itself in
 * subscribed calendars; DTSTAMP is the build clock. A registration deadline is its own all-day
 * VEVENT (UID `<id>-frist@<host>`). Line folding at 75 octets, CRLF and TEXT escaping are the
 * library's (tested in tests/unit/site/event-calendar.test.ts).
 */
import { addDays } from '../../lib/dates.ts';
import { eventDays } from '../../lib/event-time.ts';
import { t } from '../../lib/i18n.ts';
import {
	addAllDayEntry,
	calendarDay as day,
	calendarHost,
	calendarText,
	createCalendar,
	type CalendarOptions,
} from './calendar.ts';

export { CALENDAR_TTL_SECONDS, type CalendarOptions } from './calendar.ts';

/** What a calendar entry needs from a store event. */
export type CalendarEvent = {
	_id: string;
	title: string;
	start: string;
	end?: string | null | undefined;
	allDay: boolean;
	url: string;
	descriptionText: string;
	location?:
		{ name?: string | null | undefined; address?: string | null | undefined } | null | undefined;
	onlineUrl?: string | null | undefined;
	registrationDeadline?: string | null | undefined;
};

function location(e: CalendarEvent): string | null {
	const place = [e.location?.name, e.location?.address].filter(Boolean).join(', ');
	return place || e.onlineUrl || null;
}

/** The iCalendar text of `events` (CRLF line endings). */
export function eventCalendar(events: readonly CalendarEvent[], opts: CalendarOptions): string {
	const host = calendarHost(opts.siteUrl);
	const cal = createCalendar(opts, {
		name: t('calendar.name', { site: opts.siteTitle }),
		description: t('calendar.description', { site: opts.siteTitle }),
	});
	for (const e of events) {
		const { first, last } = eventDays(e);
		const start = e.allDay ? day(first) : new Date(e.start);
		const end = e.allDay ? day(addDays(last, 1)) : e.end ? new Date(e.end) : null;
		const description = [e.descriptionText.trim(), e.url].filter(Boolean).join('\n\n');
		cal.createEvent({
			id: `${e._id}@${host}`,
			stamp: opts.now,
			start,
			...(end ? { end } : {}),
			allDay: e.allDay,
			summary: e.title,
			description,
			location: location(e),
			url: e.url,
		});
		if (e.registrationDeadline)
			addAllDayEntry(cal, {
				uid: `${e._id}-frist@${host}`,
				date: e.registrationDeadline,
				summary: t('calendar.deadline', { title: e.title }),
				url: e.url,
				now: opts.now,
			});
	}
	return calendarText(cal);
}
