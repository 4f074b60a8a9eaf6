import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type TopicEntry } from '../../../content/store.ts';
import { topicFeed } from '../../../site/feeds/feeds.ts';
import { buildRss, rssResponse } from '../../../site/feeds/rss.ts';
import { outputPaths } from '../../../site/outputs.ts';
import { productionPaths } from '../../../site/preview.ts';

export const getStaticPaths = (() =>
	outputPaths('feeds', () =>
		productionPaths(async () =>
			(await loadContent()).topics.map((topic) => ({
				params: { slug: topic.slug },
				props: { topic },
			})),
		),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicEntry }> = async ({ props }) => {
	const { settings, builtAt } = await loadContent();
	return rssResponse(buildRss(topicFeed(props.topic, settings), { settings, now: builtAt }));
};
