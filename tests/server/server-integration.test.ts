/** The publish server's pieces together: schedule.json at start, Facebook after a build. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SERVER_DEFAULTS } from '../../server/config.ts';
import { nightlySchedule } from '../../server/schedule/nightly.ts';
import { daysBefore, writeFacebookFeed } from './helpers/facebook-feed.ts';
import { startFakeGraph, type FakeGraph } from './helpers/fake-graph.ts';
import { signedHeaders } from './helpers/publish-root.ts';
import { SECRET, startTestServer, type TestServer } from './helpers/start-server.ts';

let server: TestServer | undefined;
let graph: FakeGraph | undefined;
let scratch: string | undefined;
afterEach(async () => {
	await server?.stop();
	await graph?.close();
	if (scratch) await rm(scratch, { recursive: true, force: true });
	server = graph = scratch = undefined;
});

describe('publish server', () => {
	test('arms a build for the next scheduled post it finds in reports/schedule.json', async () => {
		// Halfway to the nightly build, so the scheduled post comes first at any hour of the day.
		const nightly = nightlySchedule(
			SERVER_DEFAULTS.nightlyCron,
			SERVER_DEFAULTS.timeZone,
		)(new Date())!;
		const nextPublishAt = new Date(Math.round((Date.now() + nightly.getTime()) / 2));
		server = await startTestServer();
		await mkdir(join(server.site.root, 'reports'), { recursive: true });
		await writeFile(
			join(server.site.root, 'reports', 'schedule.json'),
			JSON.stringify({
				nextPublishAt: nextPublishAt.toISOString(),
				builtAt: new Date().toISOString(),
			}),
		);
		const next = await server.scheduler.rearm();
		expect(next).toMatchObject({ kind: 'publish', at: new Date(nextPublishAt.getTime() + 5000) });
		const status = (await (await fetch(`${server.origin}/api/status`)).json()) as {
			nextScheduledBuild: { kind: string };
		};
		expect(status.nextScheduledBuild.kind).toBe('publish');
	});

	test('with PUBLISH_FACEBOOK_AFTER_BUILD it posts the new build’s due items after the swap', async () => {
		graph = await startFakeGraph();
		scratch = await mkdtemp(join(tmpdir(), 'ks-feed-'));
		const feed = await writeFacebookFeed(scratch, [
			{
				id: 'post-1',
				title: 'Ny nyhet',
				slug: 'ny-nyhet',
				publishedAt: daysBefore(new Date(), 0.1),
			},
		]);
		server = await startTestServer(
			{
				PUBLISH_FACEBOOK_AFTER_BUILD: '1',
				FACEBOOK_PAGE_ID: '42',
				FACEBOOK_PAGE_TOKEN: 'server-token-hemmelig',
				FACEBOOK_GRAPH_URL: graph.url,
			},
			0,
			['--feed', feed],
		);
		const body = JSON.stringify({ _id: 'post-1', _type: 'post' });
		await fetch(`${server.origin}/api/rebuild`, {
			method: 'POST',
			headers: await signedHeaders(body, SECRET),
			body,
		});
		await server.idle();
		expect(graph.requests.map((r) => r.path)).toEqual(['/v26.0/42/feed']);
		expect(server.logs).toContain('Facebook: Postet «Ny nyhet» på Facebook (innlegg 111_1).');
		const state = await readFile(join(server.site.root, 'reports', 'facebook-posted.json'), 'utf8');
		expect(state).toContain('"post-1"');
		expect([...server.logs, state].join('\n')).not.toContain('server-token-hemmelig');
	});
});
