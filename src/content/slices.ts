/** Named slices of the store that several pages and outputs share, each computed in one place. */
import { POSTS_PER_PAGE } from '../consts.ts';
import { paginate } from './posts.ts';
import { getPosts, getPostsByYear, type Post } from './store.ts';

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
export async function getArchiveYears(): Promise<number[]> {
	return (await getPostsByYear()).map((g) => g.year);
}
