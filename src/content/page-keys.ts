/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`, astro.config.mjs): a
 * page returned with a `cacheKey` from getStaticPaths is restored from the previous build, not
 * rendered, when its key and its code (Astro hashes the page's module graph) are unchanged. A key
 * must therefore name EVERY input of its page besides code: the page's own data (a post as the
 * store decided it: body HTML, share image, deadline state at the build clock …), what the page
 * shell shows on every page (settings, archive years), the places and topics pages name, and the
 * configuration that changes output (site URL, image CDN, perspective, unsubscribe placeholder).
 * A key that misses an input serves a stale page: tests/build/incremental.test.ts rebuilds with
 * each kind of change. Keys are SHA-1 hex strings; digests are computed once per store object.
 */
import { createHash } from 'node:crypto';
import { buildConfig } from '../build-state.ts';
import type { Post, Store } from './store.ts';

const postDigests = new WeakMap<object, string>();
const siteDigests = new WeakMap<Store, string>();

const sha1 = (value: unknown): string =>
	createHash('sha1').update(JSON.stringify(value)).digest('hex');

/**
 * A digest of everything the store decided about `post` (computed once per post object). `body`
 * is left out: it is `bodyBlocks` without its hashtag links, so it adds nothing and
 * hashing it costs a third of the time.
 */
export function postDigest(post: Post): string {
	let digest = postDigests.get(post);
	if (!digest) {
		const { body, ...rest } = post;
		postDigests.set(post, (digest = sha1(rest)));
	}
	return digest;
}

/** What every page of the build shows or depends on alike: settings, years, places, topics, configuration. */
function siteDigest(store: Store): string {
	let digest = siteDigests.get(store);
	if (!digest) {
		const config = buildConfig();
		digest = sha1({
			settings: store.settings,
			years: store.years.map((y) => y.year),
			municipalities: store.municipalities.map(({ posts, ...m }) => m),
			topics: store.topics.map(({ posts, ...t }) => t),
			config: {
				siteUrl: config.siteUrl,
				imageCdn: config.imageCdn,
				perspective: config.source.perspective,
				emailUnsubscribe: config.emailUnsubscribe,
				outputs: [...config.outputs],
			},
		});
		siteDigests.set(store, digest);
	}
	return digest;
}

/** What getStaticPaths() spreads into a path: `{ cacheKey }`, or nothing in a build that is not incremental. */
export type PageKey = { cacheKey?: string };

/**
 * The cache key of a page of `kind` in `store`: the site digest, the digests of the posts it shows,
 * and `extra` (everything else it depends on: page number, the entry it lists, flags decided by
 * the build clock, related events …), which must be JSON-serialisable. Without INCREMENTAL_BUILD
 * a build spends nothing on keys.
 */
export function pageKey(
	store: Store,
	kind: string,
	posts: readonly Post[],
	extra: unknown = null,
): PageKey {
	if (!buildConfig().incrementalBuild) return {};
	return { cacheKey: sha1([kind, siteDigest(store), posts.map(postDigest), extra]) };
}

/** The key of one page of an entry's post list (a topic, a municipality): that page's posts, the entry, its place in the list. */
export function listPageKey(
	store: Store,
	kind: string,
	p: { entry: { posts: readonly Post[] }; posts: readonly Post[]; page: number; pages: number },
): PageKey {
	const { posts: all, ...entry } = p.entry;
	return pageKey(store, kind, p.posts, { entry, total: all.length, page: p.page, pages: p.pages });
}
