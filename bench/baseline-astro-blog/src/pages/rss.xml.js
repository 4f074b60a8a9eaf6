import { getCollection } from 'astro:content';
import rss from '@astrojs/rss';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';

export async function GET(context) {
	const posts = await getCollection('blog');
	return rss({
		title: SITE_TITLE,
		description: SITE_DESCRIPTION,
		site: context.site,
		items: posts.map((post) => ({
			...post.data,
			// The one addition to the starter's feed: topics as categories, as the site's feed has.
			categories: post.data.topics,
			link: `/blog/${post.id}/`,
		})),
	});
}
