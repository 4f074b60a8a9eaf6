/**
 * Runs the benchmark harness once at 200 posts (`--posts 200 --runs 1 --send 200`) into a temp folder and
 * checks what it wrote. No timing assertions: speed targets live in bench/, never in tests.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	FEED_ITEMS as BASELINE_FEED_ITEMS,
	POSTS_PER_PAGE as BASELINE_PAGE_SIZE,
} from '../../bench/baseline-astro-blog/src/consts.ts';
import { onPath } from '../../bench/generators.ts';
import { FAMILIES } from '../../bench/site-counts.ts';
import type { Results, Row } from '../../bench/results.ts';
import { walkXml } from '../../bench/xml.ts';
import { FEED_ITEMS, POSTS_PER_PAGE } from '../../src/consts.ts';
import { ROOT } from '../helpers/build.ts';

const POSTS = 200;
let out: string;
let exit: { code: number | null; output: string };
let results: Results;

/** Runs `node bench/run.ts` with Node 24 from node_modules/.bin, as `npm run bench` does. */
function runBench(args: string[]): Promise<{ code: number | null; output: string }> {
	const bin = join(ROOT, 'node_modules', '.bin');
	return new Promise((resolve, reject) => {
		const child = spawn(join(bin, 'node'), ['bench/run.ts', ...args], {
			cwd: ROOT,
			env: { ...process.env, PATH: [bin, process.env['PATH']].join(delimiter) },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
}

beforeAll(async () => {
	out = await mkdtemp(join(tmpdir(), 'ks-bench-smoke-'));
	exit = await runBench(['--posts', String(POSTS), '--runs', '1', '--send', '200', '--out', out]);
	const json = (await readdir(out)).find((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f));
	if (json) results = JSON.parse(await readFile(join(out, json), 'utf8'));
});

afterAll(() => rm(out, { recursive: true, force: true }));

const row = (generator: Row['generator'], kind: Row['kind'] = 'full-build') =>
	results.sizes[0]!.rows.find((r) => r.generator === generator && r.kind === kind);

describe('npm run bench -- --posts 200 --runs 1', () => {
	test('exits 0 and prints the table', () => {
		expect(exit.code, exit.output).toBe(0);
		expect(exit.output).toContain('| posts | build |');
	});

	test('writes one size with rows for this site (cold, same page set, whole site, each output family, Pagefind, one-post rebuild, «Publiser → live»), the baseline and hugo if installed', () => {
		expect(results.schemaVersion).toBe(2);
		expect(results.sizes.map((s) => s.posts)).toEqual([POSTS]);
		const expected = ['ours/cold-cache', 'ours/full-build', 'baseline/full-build'];
		if (onPath('hugo')) expected.push('hugo/full-build');
		expected.push('ours/full-site-total', 'ours/pagefind');
		for (const family of FAMILIES.filter((f) => f !== 'search'))
			expected.push(`ours/extra-outputs/${family}`);
		expected.push('ours/one-post-rebuild', 'ours/publish-live');
		expect(
			results.sizes[0]!.rows.map((r) => [r.generator, r.kind, r.family].filter(Boolean).join('/')),
		).toEqual(expected);
		expect(row('baseline')!.ratioToBaseline).toBe(1);
		expect(row('ours')!.ratioToBaseline).toBeGreaterThan(0);
		expect(row('ours', 'full-site-total')!.ratioToBaseline).toBeGreaterThan(0);
		expect(row('ours', 'one-post-rebuild')!.ratioToFull).toBeGreaterThan(0);
		expect(row('ours', 'pagefind')!.medianWallMs).toBeGreaterThan(0);
		expect(row('ours', 'publish-live')!.medianWallMs).toBeGreaterThan(0);
		expect(results.machine.buildWorkers).toBeGreaterThanOrEqual(1);
	});

	test('adds the send line: the newsletter to 200 recipients through a local SMTP sink', () => {
		expect(results.send).toMatchObject({ recipients: 200, connections: 5 });
		expect(results.send!.messagesPerSecond).toBeGreaterThan(0);
		expect(results.send!.peakRssBytes).toBeGreaterThan(0);
		expect(exit.output).toMatch(
			/- send: 200 recipients to a local SMTP sink \(5 connections\): \d+ messages\/s/,
		);
	});

	test('checks that the same page set leaves the other outputs out, and the whole site has them all', () => {
		expect(Object.values(row('ours')!.counts.families!).every((n) => n === 0)).toBe(true);
		const full = row('ours', 'full-site-total')!.counts.families!;
		// Every post page and every event page (the search indexes events too).
		expect(full['searchPages']).toBe(POSTS + full['eventPages']!);
		expect(full['eventPages']).toBeGreaterThan(0);
		expect(full['digests']).toBe(12);
		for (const [name, n] of Object.entries(full)) expect(n, name).toBeGreaterThan(0);
	});

	test.each(['ours', 'baseline', 'hugo'] as const)('%s built every page and feed item', (id) => {
		const r = row(id);
		if (id === 'hugo' && !onPath('hugo')) return;
		expect(r?.counts).toMatchObject({
			posts: POSTS,
			listPages: Math.ceil(POSTS / POSTS_PER_PAGE),
			topicPages: 10,
			feedItems: Math.min(POSTS, FEED_ITEMS),
		});
		expect(r!.counts.htmlPages).toBeGreaterThan(POSTS + POSTS / POSTS_PER_PAGE);
		expect(r!.runs).toHaveLength(1);
	});

	test('prints the targets it measured', () => {
		expect(exit.output).toContain('Targets (issue 31):');
		expect(exit.output).toMatch(/200 posts, «Publiser → live»: \d+\.\d s/);
	});

	test("the baseline uses the site's page size and feed length", () => {
		expect(BASELINE_PAGE_SIZE).toBe(POSTS_PER_PAGE);
		expect(BASELINE_FEED_ITEMS).toBe(FEED_ITEMS);
	});

	test('draws a well-formed SVG chart with a title and a description', async () => {
		const paths: string[] = [];
		walkXml(await readFile(join(out, 'chart.svg'), 'utf8'), (p) => paths.push(p.join('/')));
		expect(paths[0]).toBe('svg');
		expect(paths).toContain('svg/title');
		expect(paths).toContain('svg/desc');
		expect(paths.filter((p) => p.endsWith('/circle')).length).toBeGreaterThanOrEqual(4);
	});

	test('leaves the tracked results folder alone', () => {
		expect(existsSync(join(out, 'chart.svg'))).toBe(true);
		expect(exit.output).not.toContain(join(ROOT, 'bench', 'results'));
	});
});
