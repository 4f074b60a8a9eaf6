/**
 * When to try a Graph call again: rate limits (codes 4, 17, 32, 613, HTTP 429), network errors and
 * Facebook's temporary errors (5xx, `is_transient`) after a pause (Retry-After when Facebook sends
 * one, else 2 s, 4 s, 8 s …); never for token and permission errors or a refusal, since waiting
 * does not fix them. A pause longer than `maxDelayMs` is not waited for in this run.
 * @see https://developers.facebook.com/docs/graph-api/overview/rate-limiting
 */
import { isRetryable, type GraphFailure } from './graph-errors.ts';

export type BackoffOptions = { maxAttempts: number; baseDelayMs?: number; maxDelayMs?: number };

/**
 * The pause in ms before attempt `attempt + 1` after `failure` ended attempt `attempt` (1-based);
 * null when the item must wait for the next run (not retryable, attempts spent, or too long a wait).
 */
export function retryDelay(
	failure: GraphFailure,
	attempt: number,
	{ maxAttempts, baseDelayMs = 2000, maxDelayMs = 60_000 }: BackoffOptions,
): number | null {
	if (!isRetryable(failure) || attempt >= maxAttempts) return null;
	const delay = failure.retryAfterMs ?? baseDelayMs * 2 ** (attempt - 1);
	return delay > maxDelayMs ? null : delay;
}

/** A lost answer may hide a created post: look it up before trying again. */
export const mayHavePosted = (failure: GraphFailure) =>
	failure.kind === 'network' || failure.kind === 'server';

/** Token and permission faults concern every item: the run stops instead of marking items. */
export const stopsTheRun = (failure: GraphFailure) =>
	failure.kind === 'token' || failure.kind === 'permission';
