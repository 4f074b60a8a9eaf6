/** Named slices of the store that several pages and outputs share, each computed in one place. */
import { DIGEST_MONTHS, POSTS_PER_PAGE } from '../consts.ts';
import { getOsloYear, recentMonths } from '../lib/dates.ts';
import { hasEmailEdition, openDeadlines, paginate } from './posts.ts';
import {
	getBuiltAt,
	getEvents,
	getPosts,
	loadContent,
	type Event,
	type Post,
	type Store,
} from './store.ts';

/** The news list split into pages of POSTS_PER_PAGE, newest first (page 1 is /nyheter/). */
export async function getNewsPages(): Promise<Post[][]> {
	return paginate(await getPosts(), POSTS_PER_PAGE);
}

/** One page of an entry's post list: page 1 is the entry's own address, N ≥ 2 is `side/N/`. */
export type ListPage<E> = { entry: E; posts: Post[]; page: number; pages: number };

/** Every page of each entry's posts (POSTS_PER_PAGE each; an entry without posts has one empty page). */
export function listPages<E extends { posts: readonly Post[] }>(
	entries: readonly E[],
): ListPage<E>[] {
	return entries.flatMap((entry) => {
		const pages = paginate(entry.posts, POSTS_PER_PAGE);
		return pages.map((posts, i) => ({ entry, posts, page: i + 1, pages: pages.length }));
	});
}

/** The rest parameter of a list page's route: undefined for page 1, `side/N` after it. */
export const pageParam = (page: number): string | undefined =>
	page <= 1 ? undefined : `side/${page}`;

/** Summer greetings, newest first. */
export async function getSummerGreetings(): Promise<Post[]> {
	return (await getPosts()).filter((p) => p.kind === 'summerGreeting');
}

/** The years that have posts, newest first (footer and archive links). */
export const archiveYears = (store: Pick<Store, 'years'>): number[] =>
	store.years.map((g) => g.year);

/** Posts that get an e-mail edition with the site: the last 12 months' and every newsletter. */
export async function getEmailEditionPosts(): Promise<Post[]> {
	const now = await getBuiltAt();
	return (await getPosts()).filter((p) => hasEmailEdition(p, now));
}

/** The months of the monthly digests ("2025-12" … "2026-11"), the current month included. */
export async function getDigestMonths(): Promise<string[]> {
	return recentMonths(await getBuiltAt(), DIGEST_MONTHS);
}

/** Events not over at the build clock, soonest first. */
export const upcomingEvents = (store: Pick<Store, 'events'>): Event[] =>
	store.events.filter((e) => e.upcoming);
export const getUpcomingEvents = async () => upcomingEvents(await loadContent());

/** Past events grouped by Oslo year, newest year and newest event first. */
export async function getPastEventsByYear(): Promise<Array<{ year: number; events: Event[] }>> {
	const past = (await getEvents()).filter((e) => !e.upcoming).reverse();
	const years = new Map<number, Event[]>();
	for (const e of past) {
		const year = getOsloYear(e.start);
		years.set(year, [...(years.get(year) ?? []), e]);
	}
	return [...years].map(([year, events]) => ({ year, events }));
}

/** Posts whose deadline is today or later, soonest first («Frister»). */
export const openDeadlinesOf = (store: Pick<Store, 'posts' | 'builtAt'>): Post[] =>
	openDeadlines(store.posts, store.builtAt);
