/**
 * The worker prerenderer (src/prerender/) changes who renders a page, never what it is: the seed
 * built with every page on the main thread (BUILD_WORKERS=1) and with a worker thread
 * (BUILD_WORKERS=2) gives the same files with the same bytes, the same content report, and the
 * worker rendered a share of the pages. (The 1,000-post check is `npm run bench:workers`.)
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compareTrees } from '../../bench/same-files.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';

const NOW = '2026-11-30T12:00:00Z';
let single: BuildResult;
let threaded: BuildResult;

beforeAll(async () => {
	single = await buildSite({ BUILD_NOW: NOW, BUILD_WORKERS: '1' });
	threaded = await buildSite({ BUILD_NOW: NOW, BUILD_WORKERS: '2' });
});

afterAll(async () => {
	for (const b of [single, threaded])
		await Promise.all([b.outDir, b.reportDir].map((d) => rm(d, { recursive: true, force: true })));
});

const report = async (b: BuildResult) =>
	JSON.parse(await readFile(join(b.reportDir, 'content.json'), 'utf8')) as {
		counts: unknown;
		issues: { message: string }[];
	};

describe('worker prerenderer on the seed', () => {
	test('both builds succeed; with two threads the worker renders some of the pages', () => {
		expect(single.exitCode, single.output).toBe(0);
		expect(threaded.exitCode, threaded.output).toBe(0);
		expect(single.output).not.toContain('[tråder]');
		const shared = /\[tråder\] (\d+) sider laget i 2 tråder \((\d+) \+ (\d+);/.exec(
			threaded.output,
		);
		expect(shared, threaded.output).not.toBeNull();
		const [, total, main, worker] = shared!.map(Number);
		expect(main! + worker!).toBe(total);
		expect(worker).toBeGreaterThan(0);
		expect(threaded.output).not.toContain('route cache overwritten');
	});

	test('every file has the same bytes', async () => {
		const diff = await compareTrees(single.outDir, threaded.outDir);
		expect(diff.files).toBeGreaterThan(100);
		expect(diff.onlyInA).toEqual([]);
		expect(diff.onlyInB).toEqual([]);
		expect(diff.differ).toEqual([]);
	});

	test('the content report has the same counts and entries', async () => {
		const [a, b] = await Promise.all([report(single), report(threaded)]);
		expect(b.counts).toEqual(a.counts);
		const messages = (r: typeof a) => r.issues.map((i) => i.message).sort();
		expect(messages(b)).toEqual(messages(a));
	});
});
