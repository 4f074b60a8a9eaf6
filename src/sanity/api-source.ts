/**
 * Reads from the Sanity API with @sanity/client (CDN for published content, token only for drafts
 * and releases). A build depends on every answer, so faults are retried a bounded number of times:
 * timeouts, network errors, 429 (waiting as long as `Retry-After` asks), 5xx and bodies that are
 * not the JSON the query endpoint promises. The client's own retry middleware only knows 429, 502
 * and 503 and ignores Retry-After, so it is switched off (`maxRetries: 0`) and the one loop is here.
 * When the retries are spent the build stops with one Norwegian line (ApiError). Every result goes
 * through the same text normalisation as a local export (normalize-text.ts).
 * A build triggered by a publish reads the live API (`config.cdn` false): the CDN can serve the
 * previous revision for up to ~40 s (sanity-io/sanity#1409). Before its first query it checks the
 * revisions the webhook named (PUBLISH_REVISIONS): when it reads another one it waits and tries once
 * more, then reports the mismatch in one line and builds with what it has.
 */
import { createClient, type ClientConfig, type SanityClient } from '@sanity/client';
import type { ApiSourceConfig } from '../config.ts';
import { API_MAX_RETRIES, API_RETRY_AFTER_MAX_MS, API_TIMEOUT_MS } from '../consts.ts';
import { apiMessages as m } from '../report/messages.ts';
import { revisionsQuery } from './queries.ts';
import { normalizeText } from './normalize-text.ts';
import { ApiError, ContentReport } from '../report/report.ts';
import type { ContentSource } from './source.ts';

export type ApiConfig = Omit<ApiSourceConfig, 'mode'>;

type ClientLike = Pick<SanityClient, 'fetch'>;

export type ApiSourceOptions = {
	makeClient?: (c: ClientConfig) => ClientLike;
	report?: ContentReport;
	/** Retries after the first attempt (default API_MAX_RETRIES). */
	maxRetries?: number;
	/** Wait before retry `attempt` (0-based), in ms: exponential back-off by default. */
	retryDelay?: (attempt: number) => number;
	/** Time limit of one request, in ms (default API_TIMEOUT_MS). */
	timeoutMs?: number;
	/** How to wait between attempts (tests record the waits instead of sleeping). */
	wait?: (ms: number) => Promise<void>;
	/** Wait before reading a revision again that was not the expected one (default 5 s). */
	revisionWaitMs?: number;
};

/**
 * The client settings for a config: no token for published builds, a token otherwise; the CDN only
 * for a cold published build (`config.cdn`), with SANITY_API_CDN_HOST as its host when set.
 */
export function toClientConfig(config: ApiConfig): ClientConfig {
	const published = config.perspective === 'published';
	const useCdn = published && (config.cdn ?? true);
	const host = useCdn && config.cdnHost ? config.cdnHost : config.apiHost;
	return {
		projectId: config.projectId,
		dataset: config.dataset,
		apiVersion: config.apiVersion,
		useCdn,
		perspective: published
			? 'published'
			: (config.perspective as NonNullable<ClientConfig['perspective']>),
		...(!published && config.token ? { token: config.token } : {}),
		...(host ? { apiHost: host, useProjectHostname: false } : {}),
		maxRetries: 0,
	};
}

/** 500 ms, 1 s, 2 s, 4 s … (at most 8 s) plus up to 250 ms of jitter. */
export const defaultRetryDelay = (attempt: number) =>
	Math.min(8000, 500 * 2 ** attempt) + Math.random() * 250;

type Failure = { retry: boolean; waitMs?: number | undefined; reason: string };

/** Classifies an error from the client: may it be retried, and how long does the server ask to wait? */
function classify(error: unknown): Failure {
	const e = error as {
		statusCode?: number;
		name?: string;
		message?: string;
		response?: { headers?: Record<string, string> };
	};
	const status = e?.statusCode;
	if (typeof status === 'number' && e.response) {
		const after = e.response.headers?.['retry-after'];
		const seconds = after === undefined ? Number.NaN : Number(after);
		const date = after === undefined ? Number.NaN : Date.parse(after) - Date.now();
		const waitMs = Number.isFinite(seconds)
			? seconds * 1000
			: Number.isFinite(date)
				? date
				: undefined;
		return { retry: status === 429 || status >= 500, waitMs, reason: m.http(status) };
	}
	if (e?.name === 'TimeoutError' || e?.name === 'AbortError')
		return { retry: true, reason: m.timeout };
	return { retry: true, reason: m.network(String(e?.message ?? error).split('\n')[0]!) };
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export function createApiSource(config: ApiConfig, opts: ApiSourceOptions = {}): ContentSource {
	const client = (opts.makeClient ?? createClient)(toClientConfig(config));
	const report = opts.report ?? new ContentReport();
	const maxRetries = opts.maxRetries ?? API_MAX_RETRIES;
	const retryDelay = opts.retryDelay ?? defaultRetryDelay;
	const timeoutMs = opts.timeoutMs ?? API_TIMEOUT_MS;
	const wait = opts.wait ?? sleep;
	const name =
		typeof config.perspective === 'string' ? config.perspective : config.perspective.join(',');

	async function attempt(query: string, params: Record<string, unknown>): Promise<unknown> {
		const response = (await client.fetch(query, params, {
			filterResponse: false,
			signal: AbortSignal.timeout(timeoutMs),
		})) as unknown;
		// The query endpoint answers {query, result, ms}; anything else is a broken answer.
		if (!response || typeof response !== 'object' || !('result' in response))
			throw Object.assign(new Error(m.malformed), { name: 'MalformedResponse' });
		return (response as { result: unknown }).result;
	}

	async function read<T>(query: string, params: Record<string, unknown>): Promise<T> {
		let last: Failure = { retry: false, reason: '' };
		for (let n = 0; n <= maxRetries; n++) {
			try {
				return normalizeText((await attempt(query, params)) as T, report);
			} catch (error) {
				last = classify(error);
				if (!last.retry || n === maxRetries) break;
				const asked = Math.min(last.waitMs ?? 0, API_RETRY_AFTER_MAX_MS);
				await wait(Math.max(asked, retryDelay(n)));
			}
		}
		throw new ApiError(m.failed(config.projectId, config.dataset, last.reason, maxRetries + 1));
	}

	/** The expected revisions this build does not see (a deleted document counts as seen). */
	async function staleRevisions(expected: Readonly<Record<string, string>>) {
		const docs = await read<{ _id: string; _rev: string }[]>(revisionsQuery, {
			ids: Object.keys(expected),
		});
		const seen = new Map(docs.map((d) => [d._id, d._rev]));
		return Object.entries(expected)
			.filter(([id, rev]) => seen.has(id) && seen.get(id) !== rev)
			.map(([id, rev]) => ({ id, expected: rev, read: seen.get(id) ?? null }));
	}

	let verified: Promise<void> | undefined;
	async function verifyRevisions() {
		const expected = config.expectedRevisions;
		if (!expected || Object.keys(expected).length === 0) return;
		let stale = await staleRevisions(expected);
		if (stale.length > 0) {
			await wait(opts.revisionWaitMs ?? 5000);
			stale = await staleRevisions(expected);
		}
		if (stale.length > 0) report.note(m.staleRevisions(stale));
	}

	return {
		description: `Sanity API ${config.projectId}/${config.dataset} (${name})`,
		kind: 'api',
		async fetch<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
			await (verified ??= verifyRevisions());
			return read<T>(query, params);
		},
	};
}
