import { describe, expect, it } from 'vitest';
import { chooseThreads, estimatePeakMiB } from '../../../src/prerender/threads.ts';

describe('chooseThreads', () => {
	it('uses every wanted thread when the estimate fits the budget (10,000 posts, 2 cores)', () => {
		expect(chooseThreads(2, 10_000, 4096)).toEqual({
			threads: 2,
			estimateMiB: estimatePeakMiB(10_000, 2),
			limitedByMemory: false,
		});
	});

	it('renders on the main thread alone when a worker would pass the budget (50,000 posts)', () => {
		const choice = chooseThreads(2, 50_000, 4096);
		expect(choice.threads).toBe(1);
		expect(choice.limitedByMemory).toBe(true);
	});

	it('takes as many threads as fit, fewer than the cores of a large machine', () => {
		const choice = chooseThreads(16, 20_000, 4096);
		expect(choice.threads).toBeGreaterThan(1);
		expect(choice.threads).toBeLessThan(16);
		expect(estimatePeakMiB(20_000, choice.threads)).toBeLessThanOrEqual(4096);
		expect(estimatePeakMiB(20_000, choice.threads + 1)).toBeGreaterThan(4096);
	});

	it('never goes below one thread, even when the budget is too small for the main thread', () => {
		expect(chooseThreads(4, 100_000, 512)).toMatchObject({ threads: 1, limitedByMemory: true });
		expect(chooseThreads(1, 100_000, 512)).toMatchObject({ threads: 1, limitedByMemory: false });
	});

	it('estimates more memory for more documents and more threads', () => {
		expect(estimatePeakMiB(10_000, 1)).toBeLessThan(estimatePeakMiB(50_000, 1));
		expect(estimatePeakMiB(10_000, 1)).toBeLessThan(estimatePeakMiB(10_000, 2));
	});
});
