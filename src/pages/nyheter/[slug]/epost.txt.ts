/** The text part of a post's e-mail edition: /nyheter/<slug>/epost.txt. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEmailEditionPosts } from '../../../content/slices.ts';
import { pageKey } from '../../../content/page-keys.ts';
import { withStore, type Post } from '../../../content/store.ts';
import { postEdition } from '../../../site/email/editions.ts';
import { outputPaths } from '../../../site/outputs.ts';

export const getStaticPaths = (() =>
	outputPaths('email', async () =>
		withStore(async (store) =>
			(await getEmailEditionPosts()).map((post) => ({
				params: { slug: post.slug },
				props: { post },
				...pageKey(store, 'email', [post]),
			})),
		),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post }> = async ({ props }) =>
	new Response((await postEdition(props.post)).text, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
