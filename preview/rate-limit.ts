/**
 * A token bucket for the preview's secret checks: each check of a Presentation-tool secret costs a
 * Sanity API query, so a flood of wrong secrets must not turn into a flood of queries. `capacity`
 * checks at once, refilled at `perMinute`; beyond that the caller answers 429 with Retry-After
 * (RFC 6585 §4) and asks Sanity nothing.
 */

export type RateLimiter = {
	/** Takes one token at `now` (ms); resolves to 0 when allowed, else the ms until one is free. */
	take(now: number): number;
};

/** A bucket holding at most `capacity` tokens, refilled evenly at `perMinute` tokens a minute. */
export function createRateLimiter(capacity: number, perMinute: number): RateLimiter {
	let tokens = capacity;
	let last: number | null = null;
	const msPerToken = 60_000 / perMinute;
	return {
		take(now) {
			if (last !== null) tokens = Math.min(capacity, tokens + (now - last) / msPerToken);
			last = now;
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return Math.ceil((1 - tokens) * msPerToken);
		},
	};
}

/** Secret checks of the preview server: ten at once, then ten a minute (editors open a few a day). */
export const secretChecks = createRateLimiter(10, 10);
