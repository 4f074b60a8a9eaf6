/**
 * Every time after the build at which the site's pages change by the clock alone (issue 27,
 * point 4): a scheduled post appears, a pinned lead story's «til» ends, a deadline turns «utløpt»
 * (the start of the Oslo day after it), an event is over (its end; an all-day event at the end of
 * its last Oslo day), a greeting's season ends on the front page, and a new month begins (the
 * monthly digest, /epost/<yyyy>-<mm>.html). The publish server rebuilds at the earliest of them
 * (reports/schedule.json, read by server/schedule/schedule-file.ts).
 */
import { addDays, osloMidnight, osloMonth, parseIsoDateTime } from '../lib/dates.ts';
import { eventDays } from '../lib/event-time.ts';
import { greetingSeasonEnd, type LeadPin } from './posts.ts';

export type ChangeKind = 'publish' | 'pinEnds' | 'deadline' | 'eventEnds' | 'seasonEnds' | 'month';

/** One coming change: when (ISO 8601, UTC), what, and the document behind it (none for a month). */
export type SiteChange = { at: string; kind: ChangeKind; id?: string };

export type ScheduleInput = {
	now: Date;
	/** The earliest scheduled post (the store's nextPublishAt) and its id when known. */
	nextPublishAt: string | null;
	pin: LeadPin | null | undefined;
	posts: ReadonlyArray<{
		_id: string;
		kind: string;
		publishedTime: number;
		deadline?: string | null | undefined;
	}>;
	events: ReadonlyArray<{
		_id: string;
		start: string;
		end?: string | null | undefined;
		allDay?: boolean | null | undefined;
	}>;
};

/** The instant an event stops being upcoming (src/content/events.ts `isUpcoming`). */
function eventOver(event: ScheduleInput['events'][number]): number {
	if (event.allDay) return osloMidnight(addDays(eventDays(event).last, 1)).getTime();
	return (parseIsoDateTime(event.end ?? event.start) ?? Number.NaN) + 1;
}

/** The start of the Oslo month after `now`'s. */
function nextMonth(now: Date): number {
	const [year, month] = osloMonth(now).split('-').map(Number) as [number, number];
	return osloMidnight(new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10)).getTime();
}

/** Every change after `now`, earliest first (ties by kind, then id); invalid times are left out. */
export function siteChanges(input: ScheduleInput): SiteChange[] {
	const { now } = input;
	const found: Array<{ time: number; kind: ChangeKind; id?: string }> = [
		{ time: parseIsoDateTime(input.nextPublishAt) ?? Number.NaN, kind: 'publish' },
		{ time: nextMonth(now), kind: 'month' },
	];
	if (input.pin?.post && input.pin.until)
		found.push({ time: Date.parse(input.pin.until), kind: 'pinEnds', id: input.pin.post });
	for (const post of input.posts) {
		if (post.deadline)
			found.push({
				time: osloMidnight(addDays(post.deadline, 1)).getTime(),
				kind: 'deadline',
				id: post._id,
			});
		const season = greetingSeasonEnd(post);
		if (season)
			found.push({
				time: osloMidnight(addDays(season, 1)).getTime(),
				kind: 'seasonEnds',
				id: post._id,
			});
	}
	for (const event of input.events)
		found.push({ time: eventOver(event), kind: 'eventEnds', id: event._id });
	return found
		.filter(({ time }) => Number.isFinite(time) && time > now.getTime())
		.sort(
			(a, b) =>
				a.time - b.time || a.kind.localeCompare(b.kind) || (a.id ?? '').localeCompare(b.id ?? ''),
		)
		.map(({ time, kind, id }) => ({
			at: new Date(time).toISOString(),
			kind,
			...(id ? { id } : {}),
		}));
}
