/**
 * The two Graph API calls of the poster. `postToPage`: `POST /{page-id}/feed` with `message` and
 * `link` (Facebook reads the page's Open Graph tags, so the card shows the share image).
 * `findPagePost`: `GET /{page-id}/posts?fields=id,link` over the Page's recent posts, to find a
 * post whose answer was lost (connection reset, 500, timeout, crash) before posting again. The page
 * token goes in the form body or the Authorization header, never in the URL, so it cannot end up in
 * a logged address.
 * @see https://developers.facebook.com/docs/pages-api/posts
 * @see https://developers.facebook.com/docs/graph-api/reference/page/feed#read
 */
import { classify, GraphError, redact } from './graph-errors.ts';

export type GraphAccess = {
	graphUrl: string;
	pageId: string;
	token: string;
	fetch?: typeof fetch;
	timeoutMs?: number;
};
export type PostRequest = GraphAccess & { message: string; link: string };

/** Retry-After (RFC 9110 §10.2.3): delay in seconds or an HTTP date; undefined when absent. */
function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
	if (!value) return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(seconds, 0) * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(date - now, 0);
}

/** One Graph call; resolves to the JSON body of a 2xx answer. Throws GraphError (token redacted). */
async function graphCall(access: GraphAccess, path: string, init: RequestInit): Promise<unknown> {
	const doFetch = access.fetch ?? fetch;
	let response: Response;
	try {
		response = await doFetch(`${access.graphUrl}/${encodeURIComponent(access.pageId)}${path}`, {
			...init,
			signal: AbortSignal.timeout(access.timeoutMs ?? 30_000),
		});
	} catch (error) {
		const cause = (error as { cause?: { code?: string } }).cause?.code;
		const detail = redact(
			cause ?? (error instanceof Error ? error.message : 'ukjent feil'),
			access.token,
		);
		throw new GraphError({ kind: 'network', detail });
	}
	const data = (await response.json().catch(() => undefined)) as
		{ error?: { code?: number; message?: string; is_transient?: boolean } } | undefined;
	if (response.ok && data && !data.error) return data;
	const failure = classify(
		response.status,
		data?.error,
		retryAfterMs(response.headers.get('retry-after')),
	);
	throw new GraphError({ ...failure, detail: redact(failure.detail, access.token) });
}

/** Creates the post; resolves to Facebook's post id (`<page>_<post>`). Throws GraphError. */
export async function postToPage(request: PostRequest): Promise<string> {
	const body = new URLSearchParams({
		message: request.message,
		link: request.link,
		access_token: request.token,
	});
	const data = (await graphCall(request, '/feed', { method: 'POST', body })) as { id?: unknown };
	if (typeof data.id === 'string') return data.id;
	throw new GraphError({ kind: 'server', status: 200, detail: 'svar uten innleggs-id' });
}

/** Trailing slashes and a fragment do not make another address. */
const sameLink = (a: string, b: string) =>
	a.replace(/#.*$/, '').replace(/\/+$/, '') === b.replace(/#.*$/, '').replace(/\/+$/, '');

/** The id of the Page's recent post (newest `limit`) linking to `link`, or null. Throws GraphError. */
export async function findPagePost(
	access: GraphAccess,
	link: string,
	limit = 50,
): Promise<string | null> {
	const data = (await graphCall(access, `/posts?fields=id,link&limit=${limit}`, {
		headers: { Authorization: `Bearer ${access.token}` },
	})) as { data?: { id?: unknown; link?: unknown }[] };
	const match = (data.data ?? []).find(
		(post) => typeof post.link === 'string' && sameLink(post.link, link),
	);
	return typeof match?.id === 'string' ? match.id : null;
}
