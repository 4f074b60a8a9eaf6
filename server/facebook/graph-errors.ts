/**
 * Sorts Graph API failures into what the admin must do, with one Norwegian line each. Codes from
 * Meta's "Handling errors" and "Rate limiting" pages: 190 = invalid or expired token; 10 and
 * 200–299 = missing permission; 4, 17, 32, 613 (and HTTP 429) = rate limits; 1, 2 or
 * `is_transient` = temporary trouble at Facebook.
 * @see https://developers.facebook.com/docs/graph-api/guides/error-handling
 * @see https://developers.facebook.com/docs/graph-api/overview/rate-limiting
 */

export type FailureKind = 'token' | 'permission' | 'rate-limit' | 'network' | 'server' | 'other';

export type GraphFailure = {
	kind: FailureKind;
	code?: number;
	status?: number;
	/** From a Retry-After header, when Facebook sent one. */
	retryAfterMs?: number;
	/** Facebook's own message (already redacted). */
	detail: string;
};

/** A failed Graph call; `message` is one Norwegian line without the token. */
export class GraphError extends Error {
	readonly failure: GraphFailure;
	constructor(failure: GraphFailure) {
		super(describeFailure(failure));
		this.failure = failure;
	}
}

const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);

/** Failures worth another attempt after a pause. */
export const isRetryable = (f: GraphFailure) =>
	f.kind === 'rate-limit' || f.kind === 'network' || f.kind === 'server';

/** Replaces every occurrence of `secret` in `text` (e.g. an echoed URL) with `***`. */
export function redact(text: string, secret: string | undefined): string {
	return secret ? text.split(secret).join('***') : text;
}

/** Classifies an error response: HTTP `status` and the Graph `error` object, if any. */
export function classify(
	status: number,
	error: { code?: number; message?: string; is_transient?: boolean } | undefined,
	retryAfterMs?: number,
): GraphFailure {
	const code = error?.code;
	const base = {
		status,
		detail: error?.message ?? `HTTP ${status}`,
		...(code !== undefined ? { code } : {}),
		...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
	};
	if (code === 190) return { kind: 'token', ...base };
	if (code === 10 || (code !== undefined && code >= 200 && code < 300))
		return { kind: 'permission', ...base };
	if (status === 429 || (code !== undefined && RATE_LIMIT_CODES.has(code)))
		return { kind: 'rate-limit', ...base };
	if (code === 1 || code === 2 || error?.is_transient || status >= 500)
		return { kind: 'server', ...base };
	return { kind: 'other', ...base };
}

/** One Norwegian line telling the admin what went wrong and what to do. */
export function describeFailure(f: GraphFailure): string {
	const code = f.code !== undefined ? ` (Graph-feil ${f.code})` : '';
	switch (f.kind) {
		case 'token':
			return `Facebook-tokenet er utløpt eller ugyldig${code}. Lag et nytt sidetoken og sett FACEBOOK_PAGE_TOKEN.`;
		case 'permission':
			return `Appen mangler tillatelse til å poste på siden${code}: sidetokenet må ha pages_manage_posts og pages_read_engagement, og appen må være i Live-modus.`;
		case 'rate-limit':
			return `Facebook begrenser antall kall akkurat nå${code || ` (HTTP ${f.status})`}. Prøv igjen senere; det som ble postet er lagret.`;
		case 'network':
			return `Fikk ikke kontakt med Facebook (${f.detail}). Sjekk nettforbindelsen og prøv igjen.`;
		case 'server':
			return `Facebook svarte med en midlertidig feil${code || ` (HTTP ${f.status})`}. Prøv igjen senere.`;
		default:
			return `Facebook avviste innlegget${code}: ${f.detail}`;
	}
}
