/** `npm run facebook:publish` as a process: exit codes, one Norwegian line, the token never printed. */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { daysBefore, writeFacebookFeed } from './helpers/facebook-feed.ts';
import { closedPortUrl, startFakeGraph, type FakeGraph } from './helpers/fake-graph.ts';

const CLI = join(import.meta.dirname, '..', '..', 'server', 'facebook', 'cli.ts');
const TOKEN = 'EAAB-cli-hemmelig-token-987';

let root: string;
let graph: FakeGraph;
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'ks-facebook-cli-'));
	graph = await startFakeGraph();
	const now = new Date();
	await writeFacebookFeed(root, [
		{ id: 'post-1', title: 'Ny nyhet', slug: 'ny-nyhet', publishedAt: daysBefore(now, 0.5) },
	]);
});
afterEach(async () => {
	await graph.close();
	await rm(root, { recursive: true, force: true });
});

function runCli(args: string[], env: Record<string, string>) {
	return new Promise<{ code: number; stdout: string; stderr: string }>((done, fail) => {
		const child = spawn(process.execPath, [CLI, ...args], {
			env: {
				PATH: process.env.PATH ?? '',
				PUBLISH_ROOT: root,
				FACEBOOK_GRAPH_URL: graph.url,
				...env,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: 20_000,
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', fail);
		child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
	});
}

const credentials = { FACEBOOK_PAGE_ID: '1234567890', FACEBOOK_PAGE_TOKEN: TOKEN };

describe('facebook:publish', () => {
	test('is a dry-run by default: prints what it would post, posts nothing, exit 0', async () => {
		const result = await runCli([], credentials);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(
			'Ville postet «Ny nyhet» → https://trondelag.example.no/nyheter/ny-nyhet/',
		);
		expect(result.stdout).toContain('Tørrkjøring: 1 innlegg ville blitt postet');
		expect(graph.requests).toHaveLength(0);
		expect(result.stdout + result.stderr).not.toContain(TOKEN);
	});

	test('--publish posts, records the post id, and never prints or stores the token', async () => {
		const result = await runCli(['--publish'], credentials);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Postet «Ny nyhet» på Facebook (innlegg 111_1).');
		expect(graph.requests).toHaveLength(1);
		const state = await readFile(join(root, 'reports', 'facebook-posted.json'), 'utf8');
		expect(JSON.parse(state).posted['post-1'].postId).toBe('111_1');
		for (const text of [result.stdout, result.stderr, state]) expect(text).not.toContain(TOKEN);
	});

	test('--publish without page id and token: exit 1 with one Norwegian line', async () => {
		const result = await runCli(['--publish'], {});
		expect(result.code).toBe(1);
		expect(result.stderr.trim()).toBe(
			'Facebook-publisering feilet: Publisering til Facebook krever FACEBOOK_PAGE_ID og FACEBOOK_PAGE_TOKEN.',
		);
	});

	test('a network failure: exit 1 with one Norwegian line, no token', async () => {
		const result = await runCli(['--publish'], {
			...credentials,
			FACEBOOK_GRAPH_URL: await closedPortUrl(),
			FACEBOOK_MAX_ATTEMPTS: '1',
		});
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toEqual([
			'Facebook-publisering ufullstendig: 1 innlegg venter på en midlertidig feil (se over); kjør på nytt senere.',
		]);
		expect(result.stdout).toContain(
			'Fikk ikke kontakt med Facebook (ECONNREFUSED). Sjekk nettforbindelsen og prøv igjen.',
		);
		expect(result.stdout + result.stderr).not.toContain(TOKEN);
	});

	test('an unknown option: exit 1 with the usage', async () => {
		const result = await runCli(['--publsh'], credentials);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('Ukjent valg: --publsh');
	});
});
