/** Debounce and serialisation of builds, with manual timers (no real waiting). */
import { describe, expect, test } from 'vitest';
import { createBuildQueue } from '../../server/build/build-queue.ts';
import { manualTimers } from './helpers/manual-timers.ts';

function setup() {
	const timers = manualTimers(new Date('2026-01-30T10:00:00Z'));
	const runs: string[][] = [];
	let finish: (() => void) | null = null;
	const queue = createBuildQueue({
		debounceMs: 5000,
		maxWaitMs: 20_000,
		now: () => timers.now().getTime(),
		timers,
		run: (reasons) => {
			runs.push(reasons);
			return new Promise<void>((done) => (finish = done));
		},
	});
	const endBuild = async () => {
		finish?.();
		finish = null;
		await new Promise((done) => setImmediate(done));
	};
	return { timers, runs, queue, endBuild };
}

describe('createBuildQueue', () => {
	test('a burst of requests within the quiet time gives one build with every reason', async () => {
		const { timers, runs, queue, endBuild } = setup();
		for (const slug of ['a', 'b', 'c', 'a']) queue.request(`post «${slug}»`);
		expect(timers.pending()).toHaveLength(1);
		timers.fireNext();
		await endBuild();
		expect(runs).toEqual([['post «a»', 'post «b»', 'post «c»']]);
		expect(timers.pending()).toHaveLength(0);
	});

	test('each request restarts the quiet time', () => {
		const { timers, queue } = setup();
		queue.request('a');
		const firstDue = timers.pending()[0]!.due;
		timers.setNow(new Date(firstDue - 1000));
		queue.request('b');
		expect(timers.pending()).toEqual([{ ms: 5000, due: firstDue + 4000 }]);
	});

	test('continuous publishing: the first request is built at most maxWaitMs after it came', async () => {
		const { timers, runs, queue, endBuild } = setup();
		const start = timers.now().getTime();
		// A publish every 3 s for a minute: each alone would restart the 5 s quiet time.
		for (let second = 0; second < 60; second += 3) {
			timers.setNow(new Date(start + second * 1000));
			if (timers.pending()[0] && timers.pending()[0]!.due <= timers.now().getTime()) {
				timers.fireNext();
				await endBuild();
			}
			queue.request(`rettelse ${second}`);
		}
		expect(runs.length).toBeGreaterThanOrEqual(2);
		expect(runs[0]).toEqual([
			'rettelse 0',
			'rettelse 3',
			'rettelse 6',
			'rettelse 9',
			'rettelse 12',
			'rettelse 15',
			'rettelse 18',
		]);
	});

	test('requests during a build queue exactly one more build after it', async () => {
		const { timers, runs, queue, endBuild } = setup();
		queue.request('a');
		timers.fireNext();
		expect(queue.state().building).toBe(true);
		for (const slug of ['b', 'c', 'd']) queue.request(slug);
		expect(timers.pending()).toHaveLength(0);
		await endBuild();
		expect(timers.pending()).toHaveLength(1);
		timers.fireNext();
		await endBuild();
		expect(runs).toEqual([['a'], ['b', 'c', 'd']]);
		expect(timers.fireNext()).toBe(false);
	});

	test('idle() resolves once nothing waits or runs, and a failing build does not stop the queue', async () => {
		const timers = manualTimers(new Date());
		let calls = 0;
		const queue = createBuildQueue({
			debounceMs: 10,
			timers,
			run: async () => {
				calls++;
				throw new Error('bygget krasjet');
			},
		});
		await queue.idle();
		queue.request('a');
		let idle = false;
		const done = queue.idle().then(() => (idle = true));
		await Promise.resolve();
		expect(idle).toBe(false);
		timers.fireNext();
		await done;
		queue.request('b');
		timers.fireNext();
		await queue.idle();
		expect(calls).toBe(2);
	});
});
