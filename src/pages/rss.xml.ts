import type { APIRoute } from 'astro';
import { getPosts, getSettings } from '../content/store.ts';
import { buildRss, rssResponse } from '../site/feed.ts';
import { feedUrl, homeUrl } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
	const [settings, posts] = await Promise.all([getSettings(), getPosts()]);
	return rssResponse(
		await buildRss({
			title: settings.title,
			description: settings.description ?? settings.title,
			path: feedUrl(),
			pagePath: homeUrl(),
			posts,
			settings,
		}),
	);
};
