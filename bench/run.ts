/**
 * `npm run bench -- --posts 1000,10000 --runs 3`: for each N (size.ts), generates one synthetic
 * Sanity export and the same posts as markdown, then builds this site (its compared page set, the
 * whole site and each output family), the Astro blog starter and Hugo (when on PATH) interleaved
 * run by run, each cold and checked, and times the one-post rebuild. Writes `<out>/<date>.json` and
 * `<out>/chart.svg`, prints the table. Speed targets live here, not in tests.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { POSTS_PER_PAGE } from './baseline-astro-blog/src/consts.ts';
import { drawChart } from './chart.ts';
import { GENERATORS, onPath } from './generators.ts';
import { describeMachine } from './machine.ts';
import { parseOptions } from './options.ts';
import { formatTable, updateReadme, writeResults } from './report.ts';
import { scalingOf, type Results, type SizeResult } from './results.ts';
import { readSeedPool } from './seed-pool.ts';
import { benchSend, sendLine } from './send.ts';
import { benchSize } from './size.ts';
import { BenchError } from './timed-build.ts';

const options = parseOptions(process.argv.slice(2));
const hugoFound = onPath('hugo');
const generators = GENERATORS.filter(
	(g) => options.generators.includes(g.id) && (g.id !== 'hugo' || hugoFound),
);
const say = (line: string) => console.error(`[bench] ${line}`);
if (options.generators.includes('hugo') && !hugoFound) say('hugo is not on PATH: Hugo is skipped');

const startedAt = new Date();
const work = await mkdtemp(join(tmpdir(), 'ks-bench-'));
try {
	if (options.sendOnly) {
		console.log(sendLine(await benchSend(options.sendRecipients, work, options.sampleMs, say)));
	} else await fullRun();
} catch (error) {
	if (!(error instanceof BenchError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
} finally {
	if (options.keep) say(`scratch folder kept: ${work}`);
	else await rm(work, { recursive: true, force: true });
}

/** Every size and generator, then the send line; writes the results, chart and README table. */
async function fullRun() {
	const pool = await readSeedPool();
	const sizes: SizeResult[] = [];
	for (const n of options.sizes)
		sizes.push(await benchSize(n, pool, work, generators, options, say));
	const send = options.skip.has('send')
		? undefined
		: await benchSend(options.sendRecipients, work, options.sampleMs, say);
	const results: Results = {
		schemaVersion: 2,
		date: startedAt.toISOString().slice(0, 10),
		startedAt: startedAt.toISOString(),
		machine: describeMachine(generators.some((g) => g.id === 'hugo')),
		settings: {
			sizes: options.sizes,
			runs: options.runs,
			sampleMs: options.sampleMs,
			postsPerPage: POSTS_PER_PAGE,
		},
		sizes,
		scaling: scalingOf(sizes),
		...(send ? { send } : {}),
	};
	await mkdir(options.outDir, { recursive: true });
	const file = await writeResults(options.outDir, results);
	await writeFile(join(options.outDir, 'chart.svg'), drawChart(results));
	const table = formatTable(results);
	console.log(table);
	say(`results: ${file}, chart: ${join(options.outDir, 'chart.svg')}`);
	const note = `Latest run: \`npm run bench -- --posts ${options.sizes.join(',')} --runs ${options.runs}\` → \`results/${basename(file)}\`.`;
	if (options.readme && (await updateReadme(options.readme, table, note)))
		say(`table written to ${options.readme}`);
}
