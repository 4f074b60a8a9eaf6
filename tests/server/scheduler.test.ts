/** When time alone asks for a build: scheduled posts and the nightly build, on a pinned clock. */
import { describe, expect, test } from 'vitest';
import { nightlySchedule } from '../../server/schedule/nightly.ts';
import type { Schedule } from '../../server/schedule/schedule-file.ts';
import { createScheduler, MAX_TIMER_MS } from '../../server/schedule/scheduler.ts';
import { manualTimers } from './helpers/manual-timers.ts';

const nightly = nightlySchedule('0 3 * * *', 'Europe/Oslo');

function setup(now: string, schedule: Schedule | null | Error) {
	const timers = manualTimers(new Date(now));
	const triggers: string[] = [];
	const errors: string[] = [];
	let current = schedule;
	const scheduler = createScheduler({
		now: timers.now,
		timers,
		nightly,
		readSchedule: async () => {
			if (current instanceof Error) throw current;
			return current;
		},
		trigger: (reason) => triggers.push(reason),
		onError: (message) => errors.push(message),
	});
	return {
		timers,
		triggers,
		errors,
		scheduler,
		setSchedule: (s: Schedule | null) => (current = s),
	};
}

const at = (iso: string) => new Date(iso);

describe('nightlySchedule', () => {
	test.each([
		['2026-01-30T12:00:00Z', '2026-01-31T02:00:00.000Z'], // winter: 03:00 Oslo = 02:00 UTC
		['2026-07-01T00:30:00Z', '2026-07-01T01:00:00.000Z'], // summer: 01:00 UTC
		['2026-03-29T00:30:00Z', '2026-03-29T01:00:00.000Z'], // the night clocks go forward
		['2026-10-25T00:30:00Z', '2026-10-25T02:00:00.000Z'], // the night clocks go back
	])('after %s the next 03:00 in Oslo is %s', (from, expected) => {
		expect(nightly(at(from))?.toISOString()).toBe(expected);
	});
});

describe('createScheduler', () => {
	test('arms for a scheduled post five seconds after its publishedAt, before the nightly build', async () => {
		const { scheduler, timers, triggers } = setup('2026-01-30T10:00:00Z', {
			nextChangeAt: at('2026-01-30T14:00:00Z'),
			builtAt: at('2026-01-30T10:00:00Z'),
		});
		const next = await scheduler.rearm();
		expect(next).toMatchObject({ kind: 'publish', at: at('2026-01-30T14:00:05Z') });
		expect(timers.pending()[0]!.ms).toBe(4 * 3600_000 + 5000);
		timers.fireNext();
		expect(triggers).toEqual(['planlagt publisering']);
		expect(timers.now().toISOString()).toBe('2026-01-30T14:00:05.000Z');
	});

	test("a pin's «til» (any change the schedule names) arms a build then, named in the reason", async () => {
		const { scheduler, timers, triggers } = setup('2026-01-30T10:00:00Z', {
			nextChangeAt: at('2026-01-30T13:00:00Z'),
			nextKind: 'pinEnds',
			nextLabel: 'festet hovedsak slutter',
			builtAt: at('2026-01-30T10:00:00Z'),
		});
		expect(await scheduler.rearm()).toMatchObject({
			kind: 'publish',
			change: 'pinEnds',
			at: at('2026-01-30T13:00:05Z'),
		});
		timers.fireNext();
		expect(triggers).toEqual(['planlagt: festet hovedsak slutter']);
	});

	test('without a future post it arms the nightly build', async () => {
		const { scheduler } = setup('2026-01-30T10:00:00Z', {
			nextChangeAt: null,
			builtAt: at('2026-01-30T10:00:00Z'),
		});
		expect(await scheduler.rearm()).toMatchObject({
			kind: 'nightly',
			at: at('2026-01-31T02:00:00Z'),
		});
	});

	test('a post far ahead still gets the nightly build first', async () => {
		const { scheduler, timers, triggers } = setup('2026-01-30T10:00:00Z', {
			nextChangeAt: at('2099-06-01T08:00:00Z'),
			builtAt: at('2026-01-30T09:00:00Z'),
		});
		await scheduler.rearm();
		timers.fireNext();
		expect(triggers).toEqual(['nattlig bygg']);
		// Re-armed for the next night.
		await new Promise((done) => setImmediate(done));
		expect(scheduler.next()).toMatchObject({ kind: 'nightly', at: at('2026-02-01T02:00:00Z') });
	});

	test('never waits longer than a day at a time, and re-arms towards the same time', async () => {
		const timers = manualTimers(at('2026-01-30T10:00:00Z'));
		const triggers: string[] = [];
		// No nightly build here, so the wait of almost 39 days must be reached in steps.
		const scheduler = createScheduler({
			now: timers.now,
			timers,
			nightly: () => null,
			readSchedule: async () => ({
				nextChangeAt: at('2026-03-10T08:00:00Z'),
				builtAt: at('2026-01-30T09:00:00Z'),
			}),
			trigger: (reason) => triggers.push(reason),
		});
		await scheduler.rearm();
		let wakes = 0;
		while (triggers.length === 0 && wakes < 100) {
			expect(timers.pending()[0]!.ms).toBeLessThanOrEqual(MAX_TIMER_MS);
			timers.fireNext();
			wakes++;
		}
		expect(triggers).toEqual(['planlagt publisering']);
		expect(wakes).toBe(39);
		expect(timers.now().toISOString()).toBe('2026-03-10T08:00:05.000Z');
	});

	test('a publishedAt that passed while the server was down builds at once, but only once', async () => {
		const stale = {
			nextChangeAt: at('2026-01-30T08:00:00Z'),
			builtAt: at('2026-01-29T22:00:00Z'),
		};
		const { scheduler, timers, triggers } = setup('2026-01-30T10:00:00Z', stale);
		expect(await scheduler.rearm()).toMatchObject({
			kind: 'publish',
			at: at('2026-01-30T10:00:00Z'),
		});
		expect(timers.pending()[0]!.ms).toBe(0);
		timers.fireNext();
		expect(triggers).toEqual(['planlagt publisering']);
		// The build failed and schedule.json is unchanged: no second immediate build.
		expect(await scheduler.rearm()).toMatchObject({ kind: 'nightly' });
	});

	test('a missing schedule file means nightly only; an invalid one is reported', async () => {
		const missing = setup('2026-01-30T10:00:00Z', null);
		expect(await missing.scheduler.rearm()).toMatchObject({ kind: 'nightly' });
		const broken = setup('2026-01-30T10:00:00Z', new Error('schedule.json er ikke gyldig JSON.'));
		expect(await broken.scheduler.rearm()).toMatchObject({ kind: 'nightly' });
		expect(broken.errors).toEqual(['schedule.json er ikke gyldig JSON.']);
	});
});
