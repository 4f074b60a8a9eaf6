/** One post's deadline as a calendar file: /nyheter/<slug>/frist.ics («Legg i kalenderen»). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBuiltAt, getPosts, getSettings, type Post } from '../../../content/store.ts';
import { deadlineCalendar } from '../../../site/calendar/deadline-calendar.ts';
import { outputPaths } from '../../../site/outputs.ts';

export const getStaticPaths = (() =>
	outputPaths('calendar', async () =>
		(await getPosts())
			.filter((post) => post.deadline)
			.map((post) => ({ params: { slug: post.slug }, props: { post } })),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }> = async ({ props }) => {
	const [settings, now] = await Promise.all([getSettings(), getBuiltAt()]);
	const body = deadlineCalendar([props.post], {
		siteUrl: settings.url,
		siteTitle: settings.title,
		now,
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
