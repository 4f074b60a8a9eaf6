/** The token bucket that limits the preview's secret checks (preview/rate-limit.ts). */
import { describe, expect, test } from 'vitest';
import { createRateLimiter } from '../../../preview/rate-limit.ts';

describe('createRateLimiter', () => {
	test('allows `capacity` at once, then says how long to wait for the next token', () => {
		const limiter = createRateLimiter(3, 6); // a token every 10 s
		expect([0, 0, 0].map(() => limiter.take(1000))).toEqual([0, 0, 0]);
		expect(limiter.take(1000)).toBe(10_000);
		expect(limiter.take(6000)).toBe(5_000);
	});

	test('refills evenly, never above capacity', () => {
		const limiter = createRateLimiter(2, 60); // a token a second
		limiter.take(0);
		limiter.take(0);
		expect(limiter.take(1000)).toBe(0);
		expect(limiter.take(1000)).toBeGreaterThan(0);
		const later = 1000 + 3_600_000;
		expect([limiter.take(later), limiter.take(later), limiter.take(later)]).toEqual([0, 0, 1000]);
	});
});
