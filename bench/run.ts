/**
 * `npm run bench [-- 100 1000 5000]`: builds synthetic datasets of N posts and prints wall time and
 * peak memory of the whole `astro build` (dist/ and .astro/ removed before each run; the image cache
 * stays warm after a first "cold cache" run, as DESIGN.md asks). Speed targets live here, not in tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateDataset } from './generate-dataset.ts';

const ROOT = resolve(import.meta.dirname, '..');
const sizes = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => n > 0);
const counts = sizes.length ? sizes : [100, 1000, 5000];

function timedBuild(
	dataset: string,
	outDir: string,
): { seconds: number; rssMb: number; ok: boolean } {
	const r = spawnSync(
		'/usr/bin/time',
		['-f', '%e %M', join(ROOT, 'node_modules', '.bin', 'astro'), 'build', '--outDir', outDir],
		{
			cwd: ROOT,
			env: {
				...process.env,
				SANITY_LOCAL_DATASET: dataset,
				SANITY_PROJECT_ID: '',
				IMAGE_CACHE_DIR: imageCache,
				NO_COLOR: '1',
			},
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
		},
	);
	const last = r.stderr.trim().split('\n').pop() ?? '';
	const [seconds = 'NaN', kb = 'NaN'] = last.split(' ');
	return { seconds: Number(seconds), rssMb: Math.round(Number(kb) / 1024), ok: r.status === 0 };
}

const work = await mkdtemp(join(tmpdir(), 'ks-bench-'));
// Its own image cache, so the first run really is cold and later runs are warm.
const imageCache = join(work, 'image-cache');
console.log('| posts | wall (s) | peak RSS (MB) | note |\n|---:|---:|---:|---|');
for (const [i, n] of counts.entries()) {
	const dataset = await generateDataset(join(work, `data-${n}`), n);
	const outDir = join(work, `dist-${n}`);
	const runs = i === 0 ? ['cold cache', 'warm'] : ['warm'];
	for (const note of runs) {
		await rm(outDir, { recursive: true, force: true });
		await rm(join(ROOT, '.astro'), { recursive: true, force: true });
		const r = timedBuild(dataset, outDir);
		console.log(`| ${n} | ${r.seconds.toFixed(1)} | ${r.rssMb} | ${r.ok ? note : 'FAILED'} |`);
	}
}
await rm(work, { recursive: true, force: true });
