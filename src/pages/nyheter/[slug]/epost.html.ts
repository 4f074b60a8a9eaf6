/** The e-mail edition of a post (HTML part): /nyheter/<slug>/epost.html (noindex; README "E-post"). */
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
	new Response((await postEdition(props.post)).html, {
		headers: { 'Content-Type': 'text/html; charset=utf-8' },
	});
