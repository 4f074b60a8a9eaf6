/**
 * The one-post rebuild (issue 22): the publish loop's rebuild after an editor changed one post's
 * text. A first atomic build publishes the export (Astro's page cache empty); then, `runs` times, one
 * post's body text and `_rev` change in the export and the atomic build runs again, timed with the
 * whole process tree. Each rebuild must publish the new text and every page, feed item and output
 * family a full build has, or the run fails.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countMismatches, countOutput } from './count.ts';
import { ROOT, siteEnv, type BuildInput, type Expected, type Generator } from './generators.ts';
import { logTail, measure } from './measure.ts';
import type { Run } from './results.ts';
import type { SyntheticPost } from './synthetic-posts.ts';
import { BenchError } from './timed-build.ts';

type Options = {
	input: BuildInput;
	ours: Generator;
	/** Oldest first, as written into the export. */
	posts: readonly SyntheticPost[];
	expected: Expected;
	runs: number;
	logDir: string;
	sampleMs: number;
	say: (line: string) => void;
};

/** The line of `data.ndjson` for `id` with the first span of its first block ending in `marker`. */
function editPost(lines: string[], id: string, k: number): { lines: string[]; marker: string } {
	const marker = `Oppdatert i måling ${k}.`;
	const edited = lines.map((line) => {
		if (!line.startsWith(`{"_id":${JSON.stringify(id)},`)) return line;
		const doc = JSON.parse(line);
		const span = doc.body[0].children.at(-1);
		span.text = `${span.text} ${marker}`;
		doc._rev = `${doc._rev}-edit${k}`;
		return JSON.stringify(doc);
	});
	return { lines: edited, marker };
}

/** A rebuild through the atomic build: `node bench/rebuild.ts <root>` with the site's environment. */
async function rebuild(root: string, input: BuildInput, logFile: string, sampleMs: number) {
	const m = await measure(
		{
			command: join(ROOT, 'node_modules', '.bin', 'node'),
			args: [join(ROOT, 'bench', 'rebuild.ts'), root],
			cwd: ROOT,
			env: siteEnv({ ...input, outputs: 'all' }),
		},
		logFile,
		sampleMs,
	);
	if (m.exitCode !== 0)
		throw new BenchError(
			`[bench] one-post rebuild failed (exit ${m.exitCode}):\n${logTail(logFile)}`,
		);
	return m;
}

/** «Publiser → live» once through the publish server (bench/publish-live.ts); its run. */
async function publishLive(
	root: string,
	input: BuildInput,
	path: string,
	marker: string,
	o: Options,
	k: number,
) {
	const logFile = join(o.logDir, `publish-live-${k}.log`);
	const m = await measure(
		{
			command: join(ROOT, 'node_modules', '.bin', 'node'),
			args: [join(ROOT, 'bench', 'publish-live.ts'), root, path, marker],
			cwd: ROOT,
			env: siteEnv({ ...input, outputs: 'all' }),
		},
		logFile,
		o.sampleMs,
	);
	const ms = /publish-live-ms=(\d+)/.exec(await readFile(logFile, 'utf8'))?.[1];
	if (m.exitCode !== 0 || !ms)
		throw new BenchError(
			`[bench] «Publiser → live» ${k} failed (exit ${m.exitCode}):\n${logTail(logFile)}`,
		);
	return { wallMs: Number(ms), peakRssBytes: m.peakRssBytes };
}

/**
 * Publishes once, then times `runs` one-post rebuilds and `runs` «Publiser → live» rounds (a
 * changed post, a signed webhook to the publish server, the new page served); returns both.
 */
export async function onePostRebuilds(o: Options): Promise<{ rebuilds: Run[]; live: Run[] }> {
	const root = join(o.input.work, 'publish');
	const dataset = join(o.input.work, 'dataset-edited');
	await rm(root, { recursive: true, force: true });
	// The first publish starts without Astro's page cache, as after a cold build.
	for (const path of o.ours.coldPaths({ ...o.input, outDir: join(root, 'none') }))
		await rm(path, { recursive: true, force: true });
	await mkdir(root, { recursive: true });
	await rm(dataset, { recursive: true, force: true });
	await cp(o.input.dataset, dataset, { recursive: true });
	const input = { ...o.input, dataset };
	const original = (await readFile(join(dataset, 'data.ndjson'), 'utf8')).split('\n');
	// A post from the middle of the archive: its page, lists and e-mail edition, not the newest feed items.
	const post = o.posts[Math.floor(o.posts.length / 2)]!;
	const first = await rebuild(root, input, join(o.logDir, 'publish-first.log'), o.sampleMs);
	o.say(
		`${o.posts.length} posts · first atomic build (no page cache): ${(first.wallMs / 1000).toFixed(1)} s`,
	);
	const runs: Run[] = [];
	for (let k = 1; k <= o.runs; k++) {
		const { lines, marker } = editPost(original, post.id, k);
		await writeFile(join(dataset, 'data.ndjson'), lines.join('\n'));
		const m = await rebuild(root, input, join(o.logDir, `one-post-rebuild-${k}.log`), o.sampleMs);
		const dist = join(root, 'dist');
		const page = await readFile(join(dist, 'nyheter', post.slug, 'index.html'), 'utf8');
		const wrong = countMismatches(countOutput(dist, o.ours.layout), o.expected);
		if (!page.includes(marker)) wrong.push(`the page of ${post.id} does not show the changed text`);
		if (wrong.length)
			throw new BenchError(
				`[bench] one-post rebuild ${k}: wrong output in ${dist}:\n  ${wrong.join('\n  ')}`,
			);
		o.say(
			`${o.posts.length} posts · one-post rebuild ${k} of ${o.runs}: ${(m.wallMs / 1000).toFixed(1)} s, ${Math.round(m.peakRssBytes / 2 ** 20)} MiB`,
		);
		runs.push({ wallMs: m.wallMs, peakRssBytes: m.peakRssBytes });
	}
	const live: Run[] = [];
	for (let k = 1; k <= o.runs; k++) {
		const { lines, marker } = editPost(original, post.id, o.runs + k);
		await writeFile(join(dataset, 'data.ndjson'), lines.join('\n'));
		const run = await publishLive(root, input, `/nyheter/${post.slug}/`, marker, o, k);
		o.say(
			`${o.posts.length} posts · «Publiser → live» ${k} of ${o.runs}: ${(run.wallMs / 1000).toFixed(1)} s, ${Math.round(run.peakRssBytes / 2 ** 20)} MiB`,
		);
		live.push(run);
	}
	await rm(root, { recursive: true, force: true });
	return { rebuilds: runs, live };
}
