import type { APIRoute } from 'astro';
import { loadContent } from '../content/store.ts';
import { jsonFeedUrl } from '../lib/urls.ts';
import { mainFeed } from '../site/feeds/feeds.ts';
import { buildJsonFeed, jsonFeedResponse } from '../site/feeds/json-feed.ts';
import { productionRoute } from '../site/preview.ts';

export const GET: APIRoute = productionRoute(async () => {
	const { settings, posts } = await loadContent();
	return jsonFeedResponse(buildJsonFeed(mainFeed(posts, settings), settings, jsonFeedUrl()));
});
