import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type MunicipalityEntry } from '../../../content/store.ts';
import { municipalityFeed } from '../../../site/feeds/feeds.ts';
import { buildRss, rssResponse } from '../../../site/feeds/rss.ts';
import { outputPaths } from '../../../site/outputs.ts';
import { productionPaths } from '../../../site/preview.ts';

export const getStaticPaths = (() =>
	outputPaths('municipalities', () =>
		productionPaths(async () =>
			(await loadContent()).municipalities.map((municipality) => ({
				params: { slug: municipality.slug },
				props: { municipality },
			})),
		),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ municipality: MunicipalityEntry }> = async ({ props }) => {
	const { settings, builtAt } = await loadContent();
	return rssResponse(
		buildRss(municipalityFeed(props.municipality, settings), { settings, now: builtAt }),
	);
};
