/** Named slices of the store that several pages and outputs share, each computed in one place. */
import { POSTS_PER_PAGE } from '../consts.ts';
import { paginate } from './posts.ts';
import { getPosts, getPostsByYear, type Post } from './store.ts';

/** The news list split into pages of POSTS_PER_PAGE, newest first (page 1 is /nyheter/). */
export async function getNewsPages(): Promise<Post[][]> {
	return paginate(await getPosts(), POSTS_PER_PAGE);
}

/** Summer greetings, newest first. */
export async function getSummerGreetings(): Promise<Post[]> {
	return (await getPosts()).filter((p) => p.kind === 'summerGreeting');
}

/** The years that have posts, newest first (footer and archive links). */
export async function getArchiveYears(): Promise<number[]> {
	return (await getPostsByYear()).map((g) => g.year);
}
