import type { APIRoute } from 'astro';
import { loadContent } from '../content/store.ts';
import { mainFeed } from '../site/feeds/feeds.ts';
import { buildRss, rssResponse } from '../site/feeds/rss.ts';
import { productionRoute } from '../site/preview.ts';

export const GET: APIRoute = productionRoute(async () => {
	const { settings, posts, builtAt } = await loadContent();
	return rssResponse(buildRss(mainFeed(posts, settings), { settings, now: builtAt }));
});
