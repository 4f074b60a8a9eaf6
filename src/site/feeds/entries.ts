/**
 * The entries of the /feeds/ page ("Abonner"), in one list so other outputs (the events calendar,
 * e-mail sign-up) add theirs here without touching the page's markup. Each entry has an anchor,
 * a group (a heading on the page), a short label, a description and the absolute address to copy.
 */
import { getSettings } from '../../content/store.ts';
import { t } from '../../lib/i18n.ts';
import {
	absoluteUrl,
	deadlinesCalendarUrl,
	eventsCalendarUrl,
	eventsUrl,
	jsonFeedUrl,
} from '../../lib/urls.ts';
import { getFeeds, type Feed, type FeedGroup } from './feeds.ts';

export type FeedFormat = 'rss' | 'json' | 'ical';
/** The page's headings: the feed groups, and the events calendar. */
export type EntryGroup = FeedGroup | 'calendar';

export type FeedEntry = {
	id: string;
	group: EntryGroup;
	format: FeedFormat;
	label: string;
	description: string;
	/** Absolute address of the feed (what a reader or a tool needs). */
	url: string;
	/** The HTML page with the same content, when there is one. */
	pagePath?: string | undefined;
};

/**
 * What an entry says instead of its feed's own fields: the Facebook feed's entry tells how to use
 * it (a recipe, not a summary) and links no page (no page lists just those posts).
 */
const ENTRY_OVERRIDES: Partial<Record<FeedGroup, Partial<FeedEntry>>> = {
	facebook: { description: t('feeds.facebookDescription'), pagePath: undefined },
};

const entryOf = (feed: Feed, site: string): FeedEntry => ({
	id: feed.id,
	group: feed.group,
	format: 'rss',
	label: feed.label,
	description: feed.description,
	url: absoluteUrl(feed.path, site),
	pagePath: feed.pagePath,
	...ENTRY_OVERRIDES[feed.group],
});

/**
 * Every feed entry of the site: main RSS and JSON Feed, the events and deadline calendars, Facebook,
 * topics, municipalities.
 */
export async function getFeedEntries(): Promise<FeedEntry[]> {
	const [feeds, settings] = await Promise.all([getFeeds(), getSettings()]);
	const [main, ...rest] = feeds.map((feed) => entryOf(feed, settings.url));
	const json: FeedEntry = {
		...main!,
		id: 'json-feed',
		format: 'json',
		url: absoluteUrl(jsonFeedUrl(), settings.url),
	};
	const calendar: FeedEntry = {
		id: 'kalender',
		group: 'calendar',
		format: 'ical',
		label: t('events.title'),
		description: t('events.subscribeHelp'),
		url: absoluteUrl(eventsCalendarUrl(), settings.url),
		pagePath: eventsUrl(),
	};
	const deadlines: FeedEntry = {
		id: 'frister',
		group: 'calendar',
		format: 'ical',
		label: t('feeds.deadlines'),
		description: t('feeds.deadlinesHelp'),
		url: absoluteUrl(deadlinesCalendarUrl(), settings.url),
	};
	return [main!, json, calendar, deadlines, ...rest];
}

/** The entries grouped for headings, in the order the groups first appear. */
export function groupEntries(entries: readonly FeedEntry[]): Array<[EntryGroup, FeedEntry[]]> {
	const groups = new Map<EntryGroup, FeedEntry[]>();
	for (const e of entries) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
	return [...groups];
}
