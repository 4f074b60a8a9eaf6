/**
 * Posts a link to a Facebook Page: `POST /{page-id}/feed` with `message` and `link` (Facebook
 * reads the page's Open Graph tags, so the card shows the share image). The page token goes in
 * the form body, never in the URL, so it cannot end up in a logged address.
 * @see https://developers.facebook.com/docs/pages-api/posts
 */
import { classify, GraphError, redact } from './graph-errors.ts';

export type PostRequest = {
	graphUrl: string;
	pageId: string;
	token: string;
	message: string;
	link: string;
	fetch?: typeof fetch;
	timeoutMs?: number;
};

/** Retry-After (RFC 9110 §10.2.3): delay in seconds or an HTTP date; undefined when absent. */
function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
	if (!value) return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(seconds, 0) * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(date - now, 0);
}

/** Creates the post; resolves to Facebook's post id (`<page>_<post>`). Throws GraphError. */
export async function postToPage(request: PostRequest): Promise<string> {
	const doFetch = request.fetch ?? fetch;
	const url = `${request.graphUrl}/${encodeURIComponent(request.pageId)}/feed`;
	const body = new URLSearchParams({
		message: request.message,
		link: request.link,
		access_token: request.token,
	});
	let response: Response;
	try {
		response = await doFetch(url, {
			method: 'POST',
			body,
			signal: AbortSignal.timeout(request.timeoutMs ?? 30_000),
		});
	} catch (error) {
		const cause = (error as { cause?: { code?: string } }).cause?.code;
		const detail = redact(
			cause ?? (error instanceof Error ? error.message : 'ukjent feil'),
			request.token,
		);
		throw new GraphError({ kind: 'network', detail });
	}
	const data = (await response.json().catch(() => ({}))) as {
		id?: string;
		error?: { code?: number; message?: string; is_transient?: boolean };
	};
	if (response.ok && typeof data.id === 'string') return data.id;
	const failure = classify(
		response.status,
		data.error,
		retryAfterMs(response.headers.get('retry-after')),
	);
	throw new GraphError({ ...failure, detail: redact(failure.detail, request.token) });
}
