/**
 * The two endpoints of a post's e-mail edition share their paths and differ only in the part they
 * serve: `/nyheter/<slug>/epost.html` (HTML) and `/nyheter/<slug>/epost.txt` (the text part).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKey } from '../../content/page-keys.ts';
import { getEmailEditionPosts } from '../../content/slices.ts';
import { withStore, type Post } from '../../content/store.ts';
import { outputPaths } from '../outputs.ts';
import { productionPaths } from '../preview.ts';
import { postEdition } from './editions.ts';

/**
 * One path per post that has an e-mail edition (every newsletter, posts of the last 12 months),
 * with its page key; none in a preview or in a build without the `email` family.
 */
export const emailEditionPaths = (() =>
	outputPaths('email', () =>
		productionPaths(() =>
			withStore(async (store) =>
				(await getEmailEditionPosts()).map((post) => ({
					params: { slug: post.slug },
					props: { post },
					...pageKey(store, 'email', [post]),
				})),
			),
		),
	)) satisfies GetStaticPaths;

const CONTENT_TYPES = { html: 'text/html; charset=utf-8', text: 'text/plain; charset=utf-8' };

/** The endpoint serving one part (`html` or `text`) of the post's edition, built once per post. */
export function emailEditionRoute(part: 'html' | 'text'): APIRoute<{ post: Post }> {
	return async ({ props }) =>
		new Response((await postEdition(props.post))[part], {
			headers: { 'Content-Type': CONTENT_TYPES[part] },
		});
}
