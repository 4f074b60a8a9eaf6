/**
 * `npm run bench -- --posts 1000,10000 --runs 3`: for each N, generates one synthetic Sanity export
 * and the same posts as markdown, then builds this site, the Astro blog starter and Hugo (when on
 * PATH) interleaved run by run, each cold, checking every build's page and feed counts. Writes
 * `<out>/<date>.json` and `<out>/chart.svg`, prints the table. Speed targets live here, not in tests.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { drawChart } from './chart.ts';
import { generateDataset } from './generate-dataset.ts';
import { generateMarkdown } from './generate-markdown.ts';
import {
	expectedCounts,
	GENERATORS,
	onPath,
	type BuildInput,
	type Generator,
} from './generators.ts';
import { describeMachine } from './machine.ts';
import { parseOptions } from './options.ts';
import { formatTable, updateReadme, writeResults } from './report.ts';
import {
	addRatios,
	scalingOf,
	summarise,
	type Results,
	type Row,
	type Run,
	type SizeResult,
} from './results.ts';
import { readSeedPool, type SeedPool } from './seed-pool.ts';
import { syntheticPosts } from './synthetic-posts.ts';
import { BenchError, timedBuild } from './timed-build.ts';
import { POSTS_PER_PAGE } from './baseline-astro-blog/src/consts.ts';
import type { Counts } from './count.ts';

const options = parseOptions(process.argv.slice(2));
const hugoFound = onPath('hugo');
const generators = GENERATORS.filter(
	(g) => options.generators.includes(g.id) && (g.id !== 'hugo' || hugoFound),
);
const say = (line: string) => console.error(`[bench] ${line}`);
if (options.generators.includes('hugo') && !hugoFound) say('hugo is not on PATH: Hugo is skipped');

/** Builds every generator `options.runs` times at N posts, plus this site once with a cold image cache. */
async function benchSize(n: number, pool: SeedPool, work: string): Promise<SizeResult> {
	const dir = join(work, String(n));
	const posts = syntheticPosts(n, pool);
	const dataset = await generateDataset(join(dir, 'dataset'), posts, pool);
	const markdown = await generateMarkdown(join(dir, 'markdown'), posts);
	const expectation = {
		posts: n,
		topicsInDataset: pool.topics.length,
		topicsUsed: new Set(posts.flatMap((p) => p.topics.map((t) => t.id))).size,
	};
	await mkdir(join(dir, 'logs'), { recursive: true });
	const input = (g: Generator): BuildInput => ({
		dataset,
		markdown,
		outDir: join(dir, `out-${g.id}`),
		imageCache: join(dir, 'image-cache'),
		work: dir,
	});
	const build = async (g: Generator, label: string) => {
		const result = await timedBuild(g, input(g), expectedCounts(g, expectation), {
			posts: n,
			label,
			logFile: join(dir, 'logs', `${g.id}-${label.replace(/\W+/g, '-')}.log`),
			sampleMs: options.sampleMs,
		});
		const { wallMs, peakRssBytes } = result.run;
		say(
			`${n} posts · ${g.id} ${label}: ${(wallMs / 1000).toFixed(1)} s, ${Math.round(peakRssBytes / 2 ** 20)} MiB, ${result.counts.htmlPages} pages`,
		);
		return result;
	};
	const rows: Row[] = [];
	const ours = generators.find((g) => g.id === 'ours');
	if (ours) {
		// The image cache folder is new for each N, so this first build encodes every variant.
		const cold = await build(ours, 'cold image cache');
		const base = { generator: ours.id, kind: 'cold-cache' as const, label: ours.label };
		rows.push(
			summarise(
				{ ...base, images: 'yes: every variant encoded (empty cache)' },
				[cold.run],
				cold.counts,
			),
		);
	}
	const runs = new Map<Generator, { runs: Run[]; counts?: Counts }>(
		generators.map((g) => [g, { runs: [] }]),
	);
	for (let k = 1; k <= options.runs; k++)
		for (const g of generators) {
			const { run, counts } = await build(g, `run ${k} of ${options.runs}`);
			runs.get(g)!.runs.push(run);
			runs.get(g)!.counts = counts;
		}
	for (const [g, r] of runs)
		rows.push(
			summarise(
				{ generator: g.id, kind: 'full-build', label: g.label, images: g.images },
				r.runs,
				r.counts!,
			),
		);
	if (!options.keep)
		for (const g of generators) await rm(input(g).outDir, { recursive: true, force: true });
	return { posts: n, rows: addRatios(rows) };
}

const startedAt = new Date();
const work = await mkdtemp(join(tmpdir(), 'ks-bench-'));
try {
	const pool = await readSeedPool();
	const sizes: SizeResult[] = [];
	for (const n of options.sizes) sizes.push(await benchSize(n, pool, work));
	const results: Results = {
		schemaVersion: 1,
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
} catch (error) {
	if (!(error instanceof BenchError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
} finally {
	if (options.keep) say(`scratch folder kept: ${work}`);
	else await rm(work, { recursive: true, force: true });
}
