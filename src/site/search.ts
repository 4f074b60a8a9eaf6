/**
 * What Pagefind indexes about a post besides its text: filters (topic, municipality, kind, year) and
 * result metadata (date, kind), read from `data-pagefind-filter`/`data-pagefind-meta` attributes.
 * An "all municipalities" post carries every municipality, so a municipality filter finds it.
 * The filter names are the labels /sok/ shows, so the index and the form use the same words.
 * @see https://pagefind.app/docs/filtering/, https://pagefind.app/docs/metadata/
 */
import { POST_KINDS } from '../consts.ts';
import type { Area } from '../content/municipalities.ts';
import type { Event, Post, Store } from '../content/store.ts';
import { formatDate, getOsloYear } from '../lib/dates.ts';
import { formatEventTime } from '../lib/event-time.ts';
import { t } from '../lib/i18n.ts';

/**
 * The pages Pagefind reads, relative to the output folder: the post pages (postUrl) and the event
 * pages (eventUrl), the only pages with `data-pagefind-body`. Reading every HTML file costs
 * Pagefind about 40 % more at 10,000 posts for pages it then skips (bench/README.md).
 */
export const SEARCHED_DIRS = ['nyheter', 'arrangementer'] as const;
export const SEARCHED_PAGES = `{${SEARCHED_DIRS.join(',')}}/*/index.html`;

/** The filter names, in the order /sok/ shows them. */
export const SEARCH_FILTERS = {
	topic: t('search.filter.topic'),
	municipality: t('search.filter.municipality'),
	kind: t('search.filter.kind'),
	year: t('search.filter.year'),
} as const;

export type SearchFilterValues = Record<string, string[]>;

/** The label of a post kind ("Nyhet", "Sommerhilsen" …), as pages and the kind filter show it. */
export const kindLabel = (kind: Post['kind']): string => t(`kind.${kind}`);

/** The filter values of a post; `areas` are the places it concerns (all for an "all municipalities" post). */
export function searchFilters(
	post: Pick<Post, 'topics' | 'kind' | 'year'>,
	areas: readonly Pick<Area, 'name'>[],
): SearchFilterValues {
	return {
		[SEARCH_FILTERS.topic]: post.topics.map((topic) => topic.title),
		[SEARCH_FILTERS.municipality]: areas.map((area) => area.name),
		[SEARCH_FILTERS.kind]: [kindLabel(post.kind)],
		[SEARCH_FILTERS.year]: [String(post.year)],
	};
}

/** The Type filter's value for event pages («Arrangement»), beside the post kinds. */
export const EVENT_KIND_LABEL = t('event.kind');

/** The filter values of an event page: its topics, the places it is for, «Arrangement» and its Oslo year. */
export function eventSearchFilters(
	event: Pick<Event, 'topics' | 'start'>,
	areas: readonly Pick<Area, 'name'>[],
): SearchFilterValues {
	return {
		[SEARCH_FILTERS.topic]: event.topics.map((topic) => topic.title),
		[SEARCH_FILTERS.municipality]: areas.map((area) => area.name),
		[SEARCH_FILTERS.kind]: [EVENT_KIND_LABEL],
		[SEARCH_FILTERS.year]: [String(getOsloYear(event.start))],
	};
}

/** Result metadata of an event page: its time as the page shows it, and «Arrangement». */
export function eventSearchMeta(
	event: Parameters<typeof formatEventTime>[0],
): Record<string, string> {
	return { date: formatEventTime(event), kind: EVENT_KIND_LABEL };
}

/** Sort keys: the publishing instant, so a search by filters alone lists the newest first. */
export const searchSort = (post: Pick<Post, 'publishedAt'>): Record<string, string> => ({
	date: post.publishedAt,
});

/** Result metadata beside the title Pagefind takes from the h1: the date as shown, and the kind. */
export function searchMeta(post: Pick<Post, 'publishedAt' | 'kind'>): Record<string, string> {
	return { date: formatDate(post.publishedAt), kind: kindLabel(post.kind) };
}

/** One `data-pagefind-filter`/`-meta` value with its text inline (`name:value`, which must come last). */
export const inlineValue = (name: string, value: string): string => `${name}:${value}`;

/** A filter of the search form: its URL parameter, its Pagefind name (the label) and its values. */
export type SearchFilterField = { param: string; label: string; values: string[] };

/** The form's filters with every value the index can hold, from the same store the index was built from. */
export function searchFilterFields(
	store: Pick<Store, 'posts' | 'topics' | 'municipalities' | 'years' | 'events'>,
): SearchFilterField[] {
	const kinds = POST_KINDS.filter((kind) => store.posts.some((p) => p.kind === kind)).map(
		kindLabel,
	);
	if (store.events.length) kinds.push(EVENT_KIND_LABEL);
	const years = new Set([
		...store.years.map((y) => y.year),
		...store.events.map((e) => getOsloYear(e.start)),
	]);
	return [
		{ param: 'tema', label: SEARCH_FILTERS.topic, values: store.topics.map((x) => x.title) },
		{
			param: 'kommune',
			label: SEARCH_FILTERS.municipality,
			values: store.municipalities.map((m) => m.name),
		},
		{ param: 'type', label: SEARCH_FILTERS.kind, values: kinds },
		{
			param: 'ar',
			label: SEARCH_FILTERS.year,
			values: [...years].sort((a, b) => b - a).map(String),
		},
	];
}
