/**
 * Bounded retry for Graph calls: rate limits, network errors and Facebook's temporary errors are
 * tried again after a pause (Retry-After when Facebook sends one, else 2 s, 4 s, 8 s …); token and
 * permission errors are not, since waiting does not fix them. A Retry-After longer than
 * `maxDelayMs` ends the attempts at once instead of holding the build server for that long.
 */
import { GraphError, isRetryable } from './graph-errors.ts';

export type RetryOptions = {
	maxAttempts: number;
	baseDelayMs?: number;
	maxDelayMs?: number;
	sleep?: (ms: number) => Promise<void>;
	/** Called before each pause, with the attempt that failed (1-based) and the pause. */
	onRetry?: (attempt: number, delayMs: number, error: GraphError) => void;
};

const realSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Runs `call` up to `maxAttempts` times; rethrows the last GraphError (or any other error at once). */
export async function withRetry<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
	const { baseDelayMs = 2000, maxDelayMs = 60_000, sleep = realSleep } = options;
	for (let attempt = 1; ; attempt++) {
		try {
			return await call();
		} catch (error) {
			if (!(error instanceof GraphError) || !isRetryable(error.failure)) throw error;
			if (attempt >= options.maxAttempts) throw error;
			const delay = error.failure.retryAfterMs ?? baseDelayMs * 2 ** (attempt - 1);
			if (delay > maxDelayMs) throw error;
			options.onRetry?.(attempt, delay, error);
			await sleep(delay);
		}
	}
}
