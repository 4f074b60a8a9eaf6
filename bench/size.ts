/**
 * One size N of a bench run: generates the posts once (Sanity export and markdown), then builds
 * interleaved, round by round: this site's compared page set (BUILD_OUTPUTS=core), the baseline,
 * Hugo, this whole site, and the core plus each output family; Pagefind's own timing comes from
 * the full-site logs. Before the rounds this site builds once with an empty image cache; after
 * them come the one-post rebuilds. Every build is counted and checked.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Counts } from './count.ts';
import { generateDataset } from './generate-dataset.ts';
import { generateMarkdown } from './generate-markdown.ts';
import { expectedCounts, type BuildInput, type Generator } from './generators.ts';
import { onePostRebuilds } from './one-post.ts';
import type { Options } from './options.ts';
import { pagefindSeconds } from './pagefind-log.ts';
import { addRatios, summarise, type Row, type Run, type SizeResult } from './results.ts';
import type { SeedPool } from './seed-pool.ts';
import { expectedFamilies, FAMILIES, type Family } from './site-counts.ts';
import { EVENT_EVERY } from './synthetic-events.ts';
import { BENCH_NOW, syntheticPosts } from './synthetic-posts.ts';
import { timedBuild } from './timed-build.ts';

/** The site's builds of a round besides the core: the whole site, then core + one family. */
type Variant = { key: string; outputs: string; families: readonly Family[] };
const FULL: Variant = { key: 'full', outputs: 'all', families: FAMILIES };
const CORE: Variant = { key: 'core', outputs: 'core', families: [] };
// Search is timed by Pagefind itself inside the full-site builds; the others by a core + family build.
const FAMILY_VARIANTS: Variant[] = FAMILIES.filter((f) => f !== 'search').map((f) => ({
	key: f,
	outputs: `core,${f}`,
	families: [f],
}));

type Collected = { runs: Run[]; counts?: Counts; pagefind: Run[] };

/** Builds every generator `options.runs` times at N posts (see the file comment). */
export async function benchSize(
	n: number,
	pool: SeedPool,
	work: string,
	generators: readonly Generator[],
	options: Options,
	say: (line: string) => void,
): Promise<SizeResult> {
	const dir = join(work, String(n));
	const posts = syntheticPosts(n, pool);
	const dataset = await generateDataset(join(dir, 'dataset'), posts, pool, BENCH_NOW);
	const markdown = await generateMarkdown(join(dir, 'markdown'), posts);
	const expectation = {
		posts: n,
		topicsInDataset: pool.topics.length,
		topicsUsed: new Set(posts.flatMap((p) => p.topics.map((t) => t.id))).size,
	};
	const events = Math.max(1, Math.floor(n / EVENT_EVERY));
	const familiesOf = (v: Variant) =>
		expectedFamilies(new Set(v.families), { posts, events, pool, now: BENCH_NOW });
	await mkdir(join(dir, 'logs'), { recursive: true });
	const input = (g: Generator, v?: Variant): BuildInput => ({
		dataset,
		markdown,
		outDir: join(dir, `out-${g.id}${v ? `-${v.key}` : ''}`),
		imageCache: join(dir, 'image-cache'),
		reports: join(dir, 'reports'),
		...(v ? { outputs: v.outputs } : {}),
		work: dir,
	});
	const expected = (g: Generator, v?: Variant) => ({
		...expectedCounts(g, expectation),
		...(g.id === 'ours' ? { families: familiesOf(v ?? CORE) } : {}),
	});
	const build = async (g: Generator, label: string, v?: Variant) => {
		const tag = `${g.id}${v ? `-${v.key}` : ''} ${label}`;
		const result = await timedBuild(g, input(g, v), expected(g, v), {
			posts: n,
			label: tag,
			logFile: join(dir, 'logs', `${tag.replace(/\W+/g, '-')}.log`),
			sampleMs: options.sampleMs,
		});
		const { wallMs, peakRssBytes } = result.run;
		say(
			`${n} posts · ${tag}: ${(wallMs / 1000).toFixed(1)} s, ${Math.round(peakRssBytes / 2 ** 20)} MiB, ${result.counts.htmlPages} pages`,
		);
		return result;
	};
	const rows: Row[] = [];
	const ours = generators.find((g) => g.id === 'ours');
	const variants = [
		...(options.skip.has('full-site') ? [] : [FULL]),
		...(options.skip.has('families') ? [] : FAMILY_VARIANTS),
	];
	if (ours && !options.skip.has('cold-cache')) {
		// The image cache folder is new for each N, so this first build encodes every variant.
		const cold = await build(ours, 'cold image cache', FULL);
		const base = { generator: ours.id, kind: 'cold-cache' as const, label: ours.label };
		rows.push(
			summarise(
				{ ...base, images: 'yes: every variant encoded (empty cache)' },
				[cold.run],
				cold.counts,
			),
		);
	}
	const collected = new Map<string, Collected>();
	const add = (key: string, run: Run, counts: Counts, pagefind?: Run) => {
		const c = collected.get(key) ?? { runs: [], pagefind: [] };
		c.runs.push(run);
		c.counts = counts;
		if (pagefind) c.pagefind.push(pagefind);
		collected.set(key, c);
	};
	for (let k = 1; k <= options.runs; k++) {
		const label = `run ${k} of ${options.runs}`;
		for (const g of generators) {
			const { run, counts } = await build(g, label, g === ours ? CORE : undefined);
			add(g.id, run, counts);
		}
		if (!ours) continue;
		for (const v of variants) {
			const r = await build(ours, label, v);
			const indexing = v === FULL ? await pagefindSeconds(r.logFile) : null;
			const pagefindRss = Object.entries(r.peakRssByName)
				.filter(([name]) => name.startsWith('pagefind'))
				.reduce((sum, [, bytes]) => sum + bytes, 0);
			add(
				v.key,
				r.run,
				r.counts,
				indexing === null ? undefined : { wallMs: indexing * 1000, peakRssBytes: pagefindRss },
			);
		}
	}
	for (const g of generators) {
		const c = collected.get(g.id)!;
		rows.push(
			summarise(
				{ generator: g.id, kind: 'full-build', label: g.label, images: g.images },
				c.runs,
				c.counts!,
			),
		);
	}
	if (ours) {
		const base = { generator: ours.id, label: ours.label, images: ours.images };
		for (const v of variants) {
			const c = collected.get(v.key)!;
			if (v === FULL) {
				rows.push(summarise({ ...base, kind: 'full-site-total' }, c.runs, c.counts!));
				if (c.pagefind.length)
					rows.push(summarise({ ...base, kind: 'pagefind', images: 'no' }, c.pagefind, c.counts!));
			} else
				rows.push({
					...summarise({ ...base, kind: 'extra-outputs' }, c.runs, c.counts!),
					family: v.key,
				});
		}
		if (!options.skip.has('rebuild')) {
			const { rebuilds, live } = await onePostRebuilds({
				input: input(ours, FULL),
				ours,
				posts,
				expected: expected(ours, FULL),
				runs: options.runs,
				logDir: join(dir, 'logs'),
				sampleMs: options.sampleMs,
				say,
			});
			const counts = collected.get(FULL.key)?.counts ?? collected.get(ours.id)!.counts!;
			rows.push(summarise({ ...base, kind: 'one-post-rebuild' }, rebuilds, counts));
			rows.push(summarise({ ...base, kind: 'publish-live' }, live, counts));
		}
	}
	if (!options.keep)
		for (const key of [
			'ours',
			'baseline',
			'hugo',
			'ours-full',
			...FAMILY_VARIANTS.map((v) => `ours-${v.key}`),
			'ours-core',
		])
			await rm(join(dir, `out-${key}`), { recursive: true, force: true });
	return { posts: n, rows: addRatios(rows) };
}
