/**
 * Every feed the site has, in one list: the main feed, the Facebook feed, one per topic, one per
 * municipality (the county included). Endpoints, `<link rel="alternate">`, the /feeds/ page and
 * tests read it here.
 * A feed holds the newest FEED_ITEMS matching posts; a topic or municipality without posts still
 * has a (valid, empty) feed, so a reader can subscribe before the first post about it appears.
 */
import { FEED_ITEMS } from '../../consts.ts';
import {
	loadContent,
	type MunicipalityEntry,
	type Post,
	type Settings,
	type TopicEntry,
} from '../../content/store.ts';
import { t } from '../../lib/i18n.ts';
import {
	facebookFeedUrl,
	feedUrl,
	homeUrl,
	municipalityFeedUrl,
	municipalityUrl,
	topicFeedUrl,
	topicUrl,
} from '../../lib/urls.ts';
import type { ItemOverrides } from './item.ts';

export type FeedGroup = 'main' | 'facebook' | 'topic' | 'municipality';

export type FeedOptions = {
	/** Per-item overrides (e.g. the Facebook feed's text and a non-permalink guid). */
	item?: (post: Post) => ItemOverrides;
};

/** One feed: where it is served, what it is called, the page it mirrors and its posts (newest first). */
export type Feed = {
	/** Its anchor on /feeds/. */
	id: string;
	group: FeedGroup;
	/** Root-relative path of the feed file, e.g. `/rss.xml`. */
	path: string;
	title: string;
	description: string;
	/** The HTML page with the same posts (RSS `<link>`, JSON Feed `home_page_url`). */
	pagePath: string;
	/** A short name for lists ("Skaun", "Alle nyheter"). */
	label: string;
	posts: readonly Post[];
	options?: FeedOptions | undefined;
};

/** The newest FEED_ITEMS of a list that is already sorted newest first. */
export const newestPosts = (posts: readonly Post[]): Post[] => posts.slice(0, FEED_ITEMS);

/** The main feed: every post (newest FEED_ITEMS). */
export function mainFeed(posts: readonly Post[], settings: Settings): Feed {
	return {
		id: 'alle-nyheter',
		group: 'main',
		path: feedUrl(),
		title: settings.title,
		description: settings.description ?? settings.title,
		pagePath: homeUrl(),
		label: t('feeds.mainLabel'),
		posts: newestPosts(posts),
	};
}

/**
 * The posts marked «Del på Facebook» (newest FEED_ITEMS), for the Facebook poster and
 * RSS-to-Facebook tools: the description is the post's Facebook text as plain text, and the guid
 * is the Sanity document `_id` (not a permalink), so a changed slug never posts twice.
 */
export function facebookFeed(posts: readonly Post[], settings: Settings): Feed {
	return {
		id: 'facebook',
		group: 'facebook',
		path: facebookFeedUrl(),
		title: t('feed.facebookTitle', { site: settings.title }),
		description: t('feed.facebookDescription'),
		pagePath: homeUrl(),
		label: t('feeds.facebookLabel'),
		posts: newestPosts(posts.filter((post) => post.shareOnFacebook)),
		options: {
			item: (post) => ({
				description: post.facebookText,
				rawDescription: true,
				guid: { value: post._id, isPermaLink: false },
			}),
		},
	};
}

/** The feed of one topic. */
export function topicFeed(topic: TopicEntry, settings: Settings): Feed {
	return {
		id: `tema-${topic.slug}`,
		group: 'topic',
		path: topicFeedUrl(topic.slug),
		title: t('feed.topicTitle', { topic: topic.title, site: settings.title }),
		description: topic.description ?? t('feed.topicDescription', { topic: topic.title }),
		pagePath: topicUrl(topic.slug),
		label: topic.title,
		posts: newestPosts(topic.posts),
	};
}

/** The feed of one municipality (or the county): the posts that concern it. */
export function municipalityFeed(municipality: MunicipalityEntry, settings: Settings): Feed {
	return {
		id: `kommune-${municipality.slug}`,
		group: 'municipality',
		path: municipalityFeedUrl(municipality.slug),
		title: t('feed.municipalityTitle', { name: municipality.name, site: settings.title }),
		description: t('feed.municipalityDescription', { name: municipality.name }),
		pagePath: municipalityUrl(municipality.slug),
		label: municipality.name,
		posts: newestPosts(municipality.posts),
	};
}

/** Every RSS feed of the build: main, Facebook, topics (in topic order), municipalities (by name). */
export async function getFeeds(): Promise<Feed[]> {
	const { settings, posts, topics, municipalities } = await loadContent();
	return [
		mainFeed(posts, settings),
		facebookFeed(posts, settings),
		...topics.map((topic) => topicFeed(topic, settings)),
		...municipalities.map((m) => municipalityFeed(m, settings)),
	];
}
