import { POSTS_PER_PAGE } from '../consts.ts';
import { getPosts } from './store.ts';
import { paginate } from './posts.ts';

/** The news list split into pages of POSTS_PER_PAGE, newest first. */
export async function getNewsPages() {
	return paginate(await getPosts(), POSTS_PER_PAGE);
}
