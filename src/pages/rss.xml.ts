import type { APIRoute } from 'astro';
import { loadContent } from '../content/store.ts';
import { mainFeed } from '../site/feeds/feeds.ts';
import { buildRss, rssResponse } from '../site/feeds/rss.ts';

export const GET: APIRoute = async () => {
	const { settings, posts, builtAt } = await loadContent();
	return rssResponse(buildRss(mainFeed(posts, settings), { settings, now: builtAt }));
};
