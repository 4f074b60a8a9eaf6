/**
 * The posts' «Svarfrist» as all-day calendar entries (issue 27, point 7): the feed /frister.ics
 * and one file per post (/nyheter/<slug>/frist.ics, «Legg i kalenderen» in the deadline box).
 * A deadline is a DATE (DTSTART;VALUE=DATE, DTEND the day after: RFC 5545 §3.6.1). The UID is
 * `<post _id>-svarfrist@<host>`, never the slug, so a corrected slug or title updates the entry in
 * a subscribed calendar instead of adding a second one.
 */
import { t } from '../../lib/i18n.ts';
import {
	addAllDayEntry,
	calendarHost,
	calendarText,
	createCalendar,
	type CalendarOptions,
} from './calendar.ts';

/** What a deadline entry needs from a store post. */
export type DeadlinePost = {
	_id: string;
	title: string;
	url: string;
	deadline?: string | null | undefined;
};

/** The UID of a post's deadline entry: from its document id, stable across slug changes. */
export const deadlineUid = (postId: string, siteUrl: string) =>
	`${postId}-svarfrist@${calendarHost(siteUrl)}`;

/** The iCalendar text (CRLF) of the deadlines of `posts`; posts without one are left out. */
export function deadlineCalendar(posts: readonly DeadlinePost[], opts: CalendarOptions): string {
	const cal = createCalendar(opts, {
		name: t('calendar.deadlinesName', { site: opts.siteTitle }),
		description: t('calendar.deadlinesDescription', { site: opts.siteTitle }),
	});
	for (const post of posts)
		if (post.deadline)
			addAllDayEntry(cal, {
				uid: deadlineUid(post._id, opts.siteUrl),
				date: post.deadline,
				summary: t('calendar.postDeadline', { title: post.title }),
				url: post.url,
				now: opts.now,
			});
	return calendarText(cal);
}
