/**
 * How many threads render pages: the configured number (BUILD_WORKERS, default one per core), but
 * no more than fit in the build's memory budget (BUILD_MEMORY_MIB), since every worker thread holds
 * a store of its own. The estimates are this site's measured peaks of the whole site (bench/README.md,
 * 2026-12-07): one thread 1,660 MiB at 10,000 posts and 3,565 MiB at 50,000; two threads 2,229 and
 * 4,720 MiB. Lines through those points give a base and a slope per 1,000 posts of the source
 * (the bench's exports are posts plus one event per 100 posts and the seed's few other documents).
 */

/** Peak of a whole-site build on the main thread alone: a base plus this much per 1,000 posts (MiB). */
export const MAIN_THREAD_MIB = { base: 1200, per1000: 48 } as const;
/** What one worker thread adds: a base plus this much per 1,000 posts (its store, pages in flight), MiB. */
export const WORKER_THREAD_MIB = { base: 420, per1000: 15 } as const;

export type ThreadChoice = {
	/** Threads that render, the main thread included (at least 1). */
	threads: number;
	/** The estimated peak with that many threads, MiB. */
	estimateMiB: number;
	/** True when the budget, not the configured number, set `threads`. */
	limitedByMemory: boolean;
};

/** Estimated peak (MiB) of a build of `posts` posts rendered on `threads` threads. */
export function estimatePeakMiB(posts: number, threads: number): number {
	const k = posts / 1000;
	return Math.round(
		MAIN_THREAD_MIB.base +
			MAIN_THREAD_MIB.per1000 * k +
			(threads - 1) * (WORKER_THREAD_MIB.base + WORKER_THREAD_MIB.per1000 * k),
	);
}

/**
 * The most threads, up to `wanted`, whose estimated peak for `posts` stays within `budgetMiB`;
 * always at least 1 (the main thread renders even when the budget is too small for it alone).
 */
export function chooseThreads(wanted: number, posts: number, budgetMiB: number): ThreadChoice {
	let threads = Math.max(1, wanted);
	while (threads > 1 && estimatePeakMiB(posts, threads) > budgetMiB) threads -= 1;
	return {
		threads,
		estimateMiB: estimatePeakMiB(posts, threads),
		limitedByMemory: threads < wanted,
	};
}
