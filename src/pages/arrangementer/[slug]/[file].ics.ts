/** One event's calendar file: /arrangementer/<slug>/<slug>.ics («Legg til i kalender»). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBuiltAt, getEvents, getSettings, type Event } from '../../../content/store.ts';
import { eventCalendar } from '../../../site/calendar/event-calendar.ts';
import { outputPaths } from '../../../site/outputs.ts';

export const getStaticPaths = (() =>
	outputPaths('calendar', async () =>
		(await getEvents()).map((event) => ({
			params: { slug: event.slug, file: event.slug },
			props: { event },
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: Event }> = async ({ props }) => {
	const [settings, now] = await Promise.all([getSettings(), getBuiltAt()]);
	const body = eventCalendar([props.event], {
		siteUrl: settings.url,
		siteTitle: settings.title,
		now,
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
