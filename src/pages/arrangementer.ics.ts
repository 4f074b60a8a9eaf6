/** The subscribable calendar of upcoming events and their registration deadlines: /arrangementer.ics. */
import type { APIRoute } from 'astro';
import { getUpcomingEvents } from '../content/slices.ts';
import { getBuiltAt, getSettings } from '../content/store.ts';
import { absoluteUrl, eventsCalendarUrl } from '../lib/urls.ts';
import { eventCalendar } from '../site/calendar/event-calendar.ts';
import { productionRoute } from '../site/preview.ts';

export const GET: APIRoute = productionRoute(async () => {
	const [events, settings, now] = await Promise.all([
		getUpcomingEvents(),
		getSettings(),
		getBuiltAt(),
	]);
	const body = eventCalendar(events, {
		siteUrl: settings.url,
		siteTitle: settings.title,
		now,
		feed: { url: absoluteUrl(eventsCalendarUrl(), settings.url) },
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
});
