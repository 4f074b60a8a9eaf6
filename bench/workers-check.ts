/**
 * `npm run bench:workers [-- --posts 1000 --workers 2]`: builds the whole site from a synthetic
 * export of N posts (the bench's dataset) twice, with BUILD_WORKERS=1 (every page on the main
 * thread) and with worker threads, and compares every file's bytes. Exit 1, naming the files, on
 * any difference. A correctness check; the timings it prints are for orientation only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset } from './generate-dataset.ts';
import { SITE_ASTRO, SITE_ROOT, siteEnv } from './generators.ts';
import { compareTrees, sameTrees } from './same-files.ts';
import { readSeedPool } from './seed-pool.ts';
import { BENCH_NOW, syntheticPosts } from './synthetic-posts.ts';

const { values } = parseArgs({
	options: {
		posts: { type: 'string', default: '1000' },
		workers: { type: 'string', default: '2' },
		keep: { type: 'boolean', default: false },
	},
});
const work = await mkdtemp(join(tmpdir(), 'ks-bench-workers-'));
const pool = await readSeedPool();
const dataset = await generateDataset(
	join(work, 'dataset'),
	syntheticPosts(Number(values.posts), pool),
	pool,
	BENCH_NOW,
);

/** One full-site build with `workers` threads into `<work>/dist-<workers>`; returns the folder. */
function build(workers: string): string {
	const outDir = join(work, `dist-${workers}`);
	const input = { dataset, markdown: '', outDir, imageCache: join(work, 'images'), work };
	const env = {
		...process.env,
		...siteEnv({ ...input, reports: join(work, `reports-${workers}`) }),
	};
	const started = performance.now();
	const run = spawnSync(SITE_ASTRO, ['build', '--outDir', outDir], {
		cwd: SITE_ROOT,
		env: { ...env, BUILD_WORKERS: workers, NO_COLOR: '1' },
		encoding: 'utf8',
		maxBuffer: 1 << 30,
	});
	if (run.status !== 0)
		throw new Error(`BUILD_WORKERS=${workers}: exit ${run.status}\n${run.stderr}`);
	const secs = ((performance.now() - started) / 1000).toFixed(1);
	const shared = /\[tråder\][^\n]*/.exec(run.stdout)?.[0] ?? 'one thread';
	console.log(`BUILD_WORKERS=${workers}: ${secs} s; ${shared}`);
	return outDir;
}

const single = build('1');
const threaded = build(values.workers);
const diff = await compareTrees(single, threaded);
if (!values.keep) await rm(work, { recursive: true, force: true });
else console.log(`kept: ${work}`);
if (!sameTrees(diff)) {
	console.error(`different output: ${JSON.stringify(diff, null, 1).slice(0, 4000)}`);
	process.exit(1);
}
console.log(`${values.posts} posts: ${diff.files} files, every byte the same.`);
