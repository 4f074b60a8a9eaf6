/**
 * A fixed-window counter per key (client address, hashed e-mail address) for POST /abonner, held
 * in memory: a restart forgets it, which is fine for slowing down abuse of one form.
 */
export type RateLimiter = { allow(key: string, now: number): boolean };

/** Allows `limit` hits per key per `windowMs`. */
export function rateLimiter(limit: number, windowMs: number): RateLimiter {
	const hits = new Map<string, { count: number; resetAt: number }>();
	return {
		allow(key, now) {
			if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
			const entry = hits.get(key);
			if (!entry || entry.resetAt <= now) {
				hits.set(key, { count: 1, resetAt: now + windowMs });
				return true;
			}
			entry.count += 1;
			return entry.count <= limit;
		},
	};
}
