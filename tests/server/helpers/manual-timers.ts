/** Timers that fire only when a test says so, with a clock the test moves: no real waiting. */
import type { Timers } from '../../../server/build/build-queue.ts';

export type ManualTimers = Timers & {
	/** Pending timers, soonest first: delay as armed and the clock time it is due. */
	pending(): { ms: number; due: number }[];
	/** Moves the clock to the soonest timer and fires it; returns false when none is pending. */
	fireNext(): boolean;
	now(): Date;
	setNow(date: Date): void;
};

/** Manual timers starting at `start`. */
export function manualTimers(start: Date): ManualTimers {
	let clock = start.getTime();
	let nextId = 1;
	const timers = new Map<number, { fn: () => void; ms: number; due: number }>();
	const sorted = () => [...timers.entries()].sort((a, b) => a[1].due - b[1].due);
	return {
		set(fn, ms) {
			const id = nextId++;
			timers.set(id, { fn, ms, due: clock + ms });
			return id;
		},
		clear: (handle) => void timers.delete(handle as number),
		pending: () => sorted().map(([, t]) => ({ ms: t.ms, due: t.due })),
		fireNext() {
			const first = sorted()[0];
			if (!first) return false;
			timers.delete(first[0]);
			clock = Math.max(clock, first[1].due);
			first[1].fn();
			return true;
		},
		now: () => new Date(clock),
		setNow: (date) => void (clock = date.getTime()),
	};
}
