/**
 * What the sitemap lists and when each page last changed. Only HTML pages at a directory address
 * (`…/`) that do not ask to stay out of search engines (`noindex`) are listed: no feeds, no 404, no
 * e-mail editions. `lastmod` comes from the posts' `_updatedAt`: a post page changes with its post,
 * a list page with the newest change among its posts (a new or edited post shifts every page).
 * @see https://www.sitemaps.org/protocol.html
 */
import { POSTS_PER_PAGE } from '../consts.ts';
import type { Post, Store } from '../content/store.ts';
import {
	archiveUrl,
	homeUrl,
	listPageUrl,
	municipalitiesUrl,
	municipalityUrl,
	newsPageUrl,
	summerGreetingsUrl,
	topicsUrl,
	topicUrl,
} from '../lib/urls.ts';

/** True when a page may be listed: a directory address and not the 404 page. */
export const isListablePath = (pathname: string): boolean =>
	pathname.endsWith('/') && !/^\/404\/$/.test(pathname);

/** True when the HTML asks robots not to index it (`<meta name="robots" content="…noindex…">`). */
export function hasNoindex(html: string): boolean {
	return [...html.matchAll(/<meta\b[^>]*>/gi)].some(
		([tag]) => /\bname=["']?robots["']?/i.test(tag) && /\bcontent=["'][^"']*noindex/i.test(tag),
	);
}

const newest = (posts: readonly Post[]): string | undefined =>
	posts.reduce<string | undefined>(
		(max, p) => (!max || Date.parse(p.updatedAt) > Date.parse(max) ? p.updatedAt : max),
		undefined,
	);

/** Every page of a paginated list, each with the newest change of the whole list. */
function listEntries(base: string, posts: readonly Post[]): Array<[string, string | undefined]> {
	const pages = Math.max(1, Math.ceil(posts.length / POSTS_PER_PAGE));
	const lastmod = newest(posts);
	return Array.from({ length: pages }, (_, i) => [listPageUrl(base, i + 1), lastmod]);
}

/** Root-relative path → ISO date-time of the last change, for every page whose content comes from posts. */
export function lastmodByPath(
	store: Pick<Store, 'posts' | 'topics' | 'municipalities' | 'years'>,
): Map<string, string> {
	const { posts } = store;
	const all = newest(posts);
	const entries: Array<[string, string | undefined]> = [
		[homeUrl(), all],
		[topicsUrl(), all],
		[municipalitiesUrl(), all],
		[summerGreetingsUrl(), newest(posts.filter((p) => p.kind === 'summerGreeting'))],
		...posts.map((p): [string, string] => [p.path, p.updatedAt]),
		...listEntries(newsPageUrl(1), posts),
		...store.topics.flatMap((x) => listEntries(topicUrl(x.slug), x.posts)),
		...store.municipalities.flatMap((m) => listEntries(municipalityUrl(m.slug), m.posts)),
		...store.years.map(({ year, posts: list }): [string, string | undefined] => [
			archiveUrl(year),
			newest(list),
		]),
	];
	return new Map(entries.filter((e): e is [string, string] => e[1] !== undefined));
}
