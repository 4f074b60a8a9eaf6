/**
 * Debounced, serial builds. A request starts (or restarts) a quiet-time timer; when it runs out,
 * one build runs for all requests so far, so a burst of publishes gives one build. Requests while a
 * build runs queue exactly one more build after it, however many they are. Builds never overlap.
 * The quiet time has a maximum wait: however often the editor publishes, the first request of a
 * batch is built at most `maxWaitMs` after it came (else ten minutes of typo fixes every few seconds
 * would keep the site stale for ten minutes).
 */

export type Timers = {
	set(fn: () => void, ms: number): unknown;
	clear(handle: unknown): void;
};

export const realTimers: Timers = {
	set: (fn, ms) => setTimeout(fn, ms),
	clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type BuildQueue = {
	/** Asks for a build; `reason` is kept for the log (e.g. `post «god-sommer-2023»`). */
	request(reason: string): void;
	/** Resolves when no build is waiting or running. */
	idle(): Promise<void>;
	state(): { waiting: boolean; building: boolean; queuedAgain: boolean };
	/** Cancels a waiting build (a running one finishes). */
	stop(): void;
};

export type QueueOptions = {
	debounceMs: number;
	/** Longest wait from the first request of a batch to its build; default no limit. */
	maxWaitMs?: number;
	/** Clock in ms (tests: the manual timers' clock). */
	now?: () => number;
	/** Runs one build for the collected reasons; must not throw (errors are the caller's to log). */
	run: (reasons: string[]) => Promise<void>;
	timers?: Timers;
};

/** Creates the queue; nothing runs until request() is called. */
export function createBuildQueue({
	debounceMs,
	maxWaitMs = Number.POSITIVE_INFINITY,
	now = Date.now,
	run,
	timers = realTimers,
}: QueueOptions): BuildQueue {
	let timer: unknown = null;
	/** When the oldest request not yet in a build came. */
	let firstAt: number | null = null;
	let building = false;
	let again = false;
	let reasons: string[] = [];
	let waiters: (() => void)[] = [];

	const settle = () => {
		if (timer !== null || building) return;
		for (const done of waiters.splice(0)) done();
	};
	const arm = () => {
		if (timer !== null) timers.clear(timer);
		const left = firstAt === null ? debounceMs : firstAt + maxWaitMs - now();
		timer = timers.set(() => void fire(), Math.max(0, Math.min(debounceMs, left)));
	};
	const fire = async () => {
		timer = null;
		firstAt = null;
		building = true;
		const batch = [...new Set(reasons)];
		reasons = [];
		try {
			await run(batch);
		} catch {
			// run() reports its own failures; the queue must keep working.
		}
		building = false;
		if (again) {
			again = false;
			arm();
		}
		settle();
	};

	return {
		request(reason) {
			reasons.push(reason);
			firstAt ??= now();
			if (building) again = true;
			else arm();
		},
		idle: () => new Promise<void>((done) => (waiters.push(done), settle())),
		state: () => ({ waiting: timer !== null, building, queuedAgain: again }),
		stop() {
			if (timer !== null) timers.clear(timer);
			timer = null;
			again = false;
			firstAt = null;
			settle();
		},
	};
}
