/**
 * Idempotency keys of accepted webhook calls. Sanity retries a delivery with the same
 * `idempotency-key` header until it gets a 2xx; a key seen before must not build twice. Bounded:
 * the oldest keys are forgotten first (a Map keeps insertion order).
 */

export type SeenKeys = {
	/** True when `key` was recorded before; records it otherwise. */
	checkAndAdd(key: string): boolean;
};

/** A set of at most `max` keys; the oldest is dropped when full. */
export function createSeenKeys(max = 1000): SeenKeys {
	const keys = new Map<string, true>();
	return {
		checkAndAdd(key) {
			if (keys.has(key)) return true;
			keys.set(key, true);
			if (keys.size > max) keys.delete(keys.keys().next().value as string);
			return false;
		},
	};
}
