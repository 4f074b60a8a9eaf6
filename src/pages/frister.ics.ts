/** The posts' deadlines («Svarfrist») as a subscribable all-day calendar: /frister.ics. */
import type { APIRoute } from 'astro';
import { getBuiltAt, getPosts, getSettings } from '../content/store.ts';
import { absoluteUrl, deadlinesCalendarUrl } from '../lib/urls.ts';
import { deadlineCalendar } from '../site/calendar/deadline-calendar.ts';
import { productionRoute } from '../site/preview.ts';

export const GET: APIRoute = productionRoute(async () => {
	const [posts, settings, now] = await Promise.all([getPosts(), getSettings(), getBuiltAt()]);
	const body = deadlineCalendar(
		posts.filter((post) => post.deadline),
		{
			siteUrl: settings.url,
			siteTitle: settings.title,
			now,
			feed: { url: absoluteUrl(deadlinesCalendarUrl(), settings.url) },
		},
	);
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
});
