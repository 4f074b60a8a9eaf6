/**
 * Runs the Facebook poster (publishFromSite) over a temporary publish root against a fake Graph
 * API, with recorded output and pauses instead of real waiting.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFacebookConfig } from '../../../server/facebook/config.ts';
import type { GraphError } from '../../../server/facebook/graph-errors.ts';
import { publishFromSite } from '../../../server/facebook/publish-from-site.ts';
import { stateFile } from '../../../server/facebook/state.ts';
import { daysBefore, type TestItem } from './facebook-feed.ts';
import { startFakeGraph, type FakeGraph, type Script } from './fake-graph.ts';
import { memoryStatusWriter } from '../../../server/status/writer.ts';

export const TOKEN = 'EAAB-hemmelig-sidetoken-0123456789';
export const NOW = new Date('2026-01-30T10:00:00Z');
/** Due (1 and 3 days old), too old (8 days) and not yet published (tomorrow). */
export const ITEMS: TestItem[] = [
	{
		id: 'post-ny',
		title: 'Ny avtale om IA-arbeid',
		slug: 'ia-avtale',
		publishedAt: daysBefore(NOW, 1),
	},
	{
		id: 'post-eldre',
		title: 'Samskaping i praksis',
		slug: 'samskaping',
		publishedAt: daysBefore(NOW, 3),
	},
	{
		id: 'post-gammel',
		title: 'God sommer 2025',
		slug: 'god-sommer-2025',
		publishedAt: daysBefore(NOW, 8),
	},
	{ id: 'post-framtid', title: 'Kommer snart', slug: 'snart', publishedAt: daysBefore(NOW, -1) },
];

export type RunOptions = { publish?: boolean; replies?: Script; graphUrl?: string; now?: Date };

/** A fresh harness; call `cleanup()` after each test. */
export async function posterHarness() {
	const root = await mkdtemp(join(tmpdir(), 'ks-facebook-'));
	const lines: string[] = [];
	const sleeps: number[] = [];
	let graph: FakeGraph | undefined;
	const status = memoryStatusWriter();
	const harness = {
		root,
		lines,
		sleeps,
		/** What the editor sees: the status channel's Facebook parts. */
		status,
		/** The fake Graph API of the last run. */
		graph: () => graph!,
		/** Stops the fake, so the next run starts one with new replies. */
		resetGraph: async () => {
			await graph?.close();
			graph = undefined;
		},
		/** One run of the poster (`--publish` unless `publish: false`). */
		run: async (options: RunOptions = {}) => {
			graph ??= await startFakeGraph(options.replies);
			const config = readFacebookConfig({
				PUBLISH_ROOT: root,
				FACEBOOK_PAGE_ID: '1234567890',
				FACEBOOK_PAGE_TOKEN: TOKEN,
				FACEBOOK_GRAPH_URL: options.graphUrl ?? graph.url,
			});
			return publishFromSite(config, {
				publish: options.publish ?? true,
				now: options.now ?? NOW,
				status,
				print: (line) => lines.push(line),
				sleep: async (ms) => void sleeps.push(ms),
			});
		},
		state: () => readFile(stateFile(root), 'utf8'),
		cleanup: async () => {
			await harness.resetGraph();
			await rm(root, { recursive: true, force: true });
		},
	};
	return harness;
}

/** The GraphError a run failed with, or null when it succeeded. */
export const failure = (promise: Promise<unknown>) =>
	promise.then(
		() => null,
		(e: unknown) => e as GraphError,
	);
