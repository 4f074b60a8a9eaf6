/**
 * Arms one timer for the next build that time alone calls for: the next change of the site (a
 * scheduled post, a pin's end, a deadline, an event over, a new month: reports/schedule.json's
 * `nextChangeAt`, plus a small margin) or the nightly build, whichever comes first.
 * setTimeout holds at most 2^31-1 ms (~24.8 days; longer delays fire at once), so a far-off time
 * is reached by waking at most every day and re-arming. A change already past whose build
 * is missing (the server was down) triggers a build at once, but only once per time, so a build
 * that keeps failing does not loop.
 */
import type { Timers } from '../build/build-queue.ts';
import { realTimers } from '../build/build-queue.ts';
import type { Schedule } from './schedule-file.ts';

/** Longest single wait; far below setTimeout's limit of 2^31-1 ms. */
export const MAX_TIMER_MS = 24 * 60 * 60_000;
/** Build this long after the change, so it has surely happened when the build's clock reads. */
export const PUBLISH_MARGIN_MS = 5_000;

export type NextRun = {
	at: Date;
	/** `publish`: a change the schedule names (not only a post); `nightly`: the nightly build. */
	kind: 'publish' | 'nightly';
	/** For `publish`: the time of the change (ISO) this build is for. */
	publishAt?: string;
	/** For `publish`: what changes (schedule.json `nextKind`), when known. */
	change?: string;
	/** For `publish`: that change in Norwegian (schedule.json `nextLabel`), for the build's reason. */
	label?: string;
};

export type SchedulerOptions = {
	now: () => Date;
	/** Reads the current schedule; null when unknown. May throw (the error is logged). */
	readSchedule: () => Promise<Schedule | null>;
	nightly: (from: Date) => Date | null;
	/** Asks for a build (the build queue's request). */
	trigger: (reason: string) => void;
	onError?: (message: string) => void;
	timers?: Timers;
};

export type Scheduler = {
	/** Re-reads the schedule and re-arms; call at start and after every build. */
	rearm(): Promise<NextRun | null>;
	next(): NextRun | null;
	stop(): void;
};

/** The build queue's reason for a scheduled change: "planlagt: svarfrist utløper". */
const scheduledReason = (run: NextRun) =>
	run.change && run.change !== 'publish'
		? `planlagt: ${run.label ?? run.change}`
		: 'planlagt publisering';

/** Creates the scheduler; nothing is armed until rearm(). */
export function createScheduler(options: SchedulerOptions): Scheduler {
	const { now, timers = realTimers } = options;
	let timer: unknown = null;
	let next: NextRun | null = null;
	let firedFor: string | null = null;

	const clear = () => {
		if (timer !== null) timers.clear(timer);
		timer = null;
	};
	const arm = (run: NextRun) => {
		clear();
		next = run;
		const wait = Math.min(Math.max(run.at.getTime() - now().getTime(), 0), MAX_TIMER_MS);
		timer = timers.set(() => {
			timer = null;
			// Woken early (a clamped wait): sleep again towards the same time.
			if (now().getTime() < run.at.getTime()) return arm(run);
			if (run.publishAt) firedFor = run.publishAt;
			options.trigger(run.kind === 'publish' ? scheduledReason(run) : 'nattlig bygg');
			void rearm();
		}, wait);
	};
	const rearm = async (): Promise<NextRun | null> => {
		let schedule: Schedule | null = null;
		try {
			schedule = await options.readSchedule();
		} catch (error) {
			options.onError?.(error instanceof Error ? error.message : String(error));
		}
		const at = now();
		const candidates: NextRun[] = [];
		const publishAt = schedule?.nextChangeAt;
		if (schedule && publishAt && publishAt > schedule.builtAt) {
			const key = publishAt.toISOString();
			// Already past (the server was down): build at once, but only once for this time.
			const due = new Date(Math.max(publishAt.getTime() + PUBLISH_MARGIN_MS, at.getTime()));
			const change = {
				...(schedule.nextKind ? { change: schedule.nextKind } : {}),
				...(schedule.nextLabel ? { label: schedule.nextLabel } : {}),
			};
			if (firedFor !== key)
				candidates.push({ at: due, kind: 'publish', publishAt: key, ...change });
		}
		const nightly = options.nightly(at);
		if (nightly) candidates.push({ at: nightly, kind: 'nightly' });
		const first = candidates.sort((a, b) => a.at.getTime() - b.at.getTime())[0] ?? null;
		clear();
		next = null;
		if (first) arm(first);
		return first;
	};

	return {
		rearm,
		next: () => next,
		stop: () => {
			clear();
			next = null;
		},
	};
}
