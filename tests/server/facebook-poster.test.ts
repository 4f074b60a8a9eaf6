/**
 * The Facebook poster against a fake Graph API on 127.0.0.1: what is posted, what is skipped,
 * the state file, retries, the Norwegian failure messages, and that the token never leaks.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readFacebookConfig } from '../../server/facebook/config.ts';
import { GraphError } from '../../server/facebook/graph-errors.ts';
import { publishFromSite } from '../../server/facebook/publish-from-site.ts';
import { stateFile } from '../../server/facebook/state.ts';
import { daysBefore, writeFacebookFeed, type TestItem } from './helpers/facebook-feed.ts';
import {
	closedPortUrl,
	graphError,
	startFakeGraph,
	type FakeGraph,
	type GraphReply,
} from './helpers/fake-graph.ts';

const TOKEN = 'EAAB-hemmelig-sidetoken-0123456789';
const NOW = new Date('2026-01-30T10:00:00Z');
const ITEMS: TestItem[] = [
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

let root: string;
let graph: FakeGraph | undefined;
let lines: string[];
let sleeps: number[];
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'ks-facebook-'));
	lines = [];
	sleeps = [];
});
afterEach(async () => {
	await graph?.close();
	graph = undefined;
	await rm(root, { recursive: true, force: true });
});

async function run(options: { publish?: boolean; replies?: GraphReply[]; graphUrl?: string } = {}) {
	graph ??= await startFakeGraph(options.replies);
	const config = readFacebookConfig({
		PUBLISH_ROOT: root,
		FACEBOOK_PAGE_ID: '1234567890',
		FACEBOOK_PAGE_TOKEN: TOKEN,
		FACEBOOK_GRAPH_URL: options.graphUrl ?? graph.url,
	});
	return publishFromSite(config, {
		publish: options.publish ?? true,
		now: NOW,
		print: (line) => lines.push(line),
		sleep: async (ms) => void sleeps.push(ms),
	});
}

const state = async () => readFile(stateFile(root), 'utf8');
const failure = (promise: Promise<unknown>) =>
	promise.then(
		() => null,
		(e: unknown) => e as GraphError,
	);

describe('publishFromSite', () => {
	test('posts each due item once, oldest first, with message, link and the token in the body', async () => {
		await writeFacebookFeed(root, ITEMS);
		const summary = await run();
		expect(summary).toMatchObject({ posted: 2, tooOld: 1, alreadyPosted: 0 });
		expect(graph!.requests.map((r) => [r.method, r.path, r.form.link])).toEqual([
			['POST', '/v26.0/1234567890/feed', 'https://trondelag.example.no/nyheter/samskaping/'],
			['POST', '/v26.0/1234567890/feed', 'https://trondelag.example.no/nyheter/ia-avtale/'],
		]);
		expect(graph!.requests[0]!.form).toMatchObject({
			message: 'Samskaping i praksis – les mer på nettsiden.',
			access_token: TOKEN,
		});
		expect(JSON.parse(await state()).posted).toMatchObject({
			'post-eldre': { postId: '111_1' },
			'post-ny': { postId: '111_2' },
		});
	});

	test('a rerun never posts the same document twice', async () => {
		await writeFacebookFeed(root, ITEMS);
		await run();
		const again = await run();
		expect(again).toMatchObject({ posted: 0, alreadyPosted: 2 });
		expect(graph!.requests).toHaveLength(2);
	});

	test('dry-run prints what it would post and sends nothing, writes no state', async () => {
		await writeFacebookFeed(root, ITEMS);
		const summary = await run({ publish: false });
		expect(summary).toMatchObject({ due: 2, posted: 0 });
		expect(graph!.requests).toHaveLength(0);
		await expect(stat(stateFile(root))).rejects.toThrow();
		expect(lines).toContain(
			'Ville postet «Ny avtale om IA-arbeid» → https://trondelag.example.no/nyheter/ia-avtale/',
		);
		expect(lines.at(-1)).toMatch(/^Tørrkjøring: 2 innlegg ville blitt postet/);
	});

	test('posts published more than FACEBOOK_MAX_AGE_DAYS ago are never posted', async () => {
		await writeFacebookFeed(root, [ITEMS[2]!]);
		expect(await run()).toMatchObject({ posted: 0, tooOld: 1 });
		expect(graph!.requests).toHaveLength(0);
	});

	test('an expired token (190) stops at once with a Norwegian message and no retry', async () => {
		await writeFacebookFeed(root, ITEMS);
		const error = await failure(run({ replies: [{ status: 400, body: graphError(190) }] }));
		expect(error).toBeInstanceOf(GraphError);
		expect(error!.message).toBe(
			'Facebook-tokenet er utløpt eller ugyldig (Graph-feil 190). Lag et nytt sidetoken og sett FACEBOOK_PAGE_TOKEN.',
		);
		expect(graph!.requests).toHaveLength(1);
		expect(sleeps).toEqual([]);
	});

	test.each([200, 10])(
		'a missing permission (%i) names pages_manage_posts and is not retried',
		async (code) => {
			await writeFacebookFeed(root, ITEMS);
			const error = await failure(run({ replies: [{ status: 403, body: graphError(code) }] }));
			expect(error!.message).toContain('pages_manage_posts');
			expect(error!.message).toContain(`Graph-feil ${code}`);
			expect(graph!.requests).toHaveLength(1);
		},
	);

	test('a rate limit is retried after Retry-After, then the post goes through', async () => {
		await writeFacebookFeed(root, [ITEMS[0]!]);
		const summary = await run({
			replies: [
				{ status: 400, body: graphError(32), headers: { 'retry-after': '3' } },
				{ status: 429, body: {} },
			],
		});
		expect(summary.posted).toBe(1);
		expect(sleeps).toEqual([3000, 4000]);
		expect(graph!.requests).toHaveLength(3);
	});

	test.each([4, 17, 613])('rate limit code %i gives up after three attempts', async (code) => {
		await writeFacebookFeed(root, [ITEMS[0]!]);
		const reply = { status: 400, body: graphError(code) };
		const error = await failure(run({ replies: [reply, reply, reply] }));
		expect(error!.message).toMatch(/^Facebook begrenser antall kall akkurat nå/);
		expect(graph!.requests).toHaveLength(3);
		expect(sleeps).toEqual([2000, 4000]);
	});

	test('a network failure is retried a bounded number of times, then reported in Norwegian', async () => {
		await writeFacebookFeed(root, [ITEMS[0]!]);
		const error = await failure(run({ graphUrl: await closedPortUrl() }));
		expect(error!.message).toMatch(/^Fikk ikke kontakt med Facebook \(ECONNREFUSED\)/);
		expect(sleeps).toHaveLength(2);
	});

	test('what was posted before a failure is kept; the rerun posts only the rest', async () => {
		await writeFacebookFeed(root, ITEMS);
		await failure(
			run({
				replies: [
					{ status: 200, body: { id: '111_1' } },
					{ status: 400, body: graphError(190) },
				],
			}),
		);
		expect(Object.keys(JSON.parse(await state()).posted)).toEqual(['post-eldre']);
		await graph!.close();
		graph = undefined;
		expect(await run()).toMatchObject({ posted: 1, alreadyPosted: 1 });
		expect(graph!.requests.map((r) => r.form.link)).toEqual([
			'https://trondelag.example.no/nyheter/ia-avtale/',
		]);
	});

	test('the token never appears in printed lines, errors or the state file', async () => {
		await writeFacebookFeed(root, ITEMS);
		await run({ publish: false });
		await run();
		await writeFacebookFeed(root, [{ ...ITEMS[0]!, id: 'post-3', slug: 'tredje' }]);
		await graph!.close();
		graph = undefined;
		const echoed = graphError(100, `Ugyldig parameter access_token=${TOKEN}`);
		const error = await failure(run({ replies: [{ status: 400, body: echoed }] }));
		expect(error!.message).toContain('access_token=***');
		for (const text of [...lines, error!.message, await state()]) expect(text).not.toContain(TOKEN);
	});
});
