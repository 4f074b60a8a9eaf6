/**
 * The Facebook poster's failures against a fake Graph API on 127.0.0.1: Norwegian messages,
 * bounded retries, kept progress, and that the token never leaks (refusals and rate limits
 * across items: facebook-stall.test.ts).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { GraphError } from '../../server/facebook/graph-errors.ts';
import { writeFacebookFeed } from './helpers/facebook-feed.ts';
import { closedPortUrl, graphError } from './helpers/fake-graph.ts';
import { failure, ITEMS, posterHarness, TOKEN } from './helpers/poster-harness.ts';

let h: Awaited<ReturnType<typeof posterHarness>>;
beforeEach(async () => (h = await posterHarness()));
afterEach(() => h.cleanup());

describe('publishFromSite when Facebook fails', () => {
	test('an expired token (190) stops at once with a Norwegian message and no retry', async () => {
		await writeFacebookFeed(h.root, ITEMS);
		const error = await failure(h.run({ replies: [{ status: 400, body: graphError(190) }] }));
		expect(error).toBeInstanceOf(GraphError);
		expect(error!.message).toBe(
			'Facebook-tokenet er utløpt eller ugyldig (Graph-feil 190). Lag et nytt sidetoken og sett FACEBOOK_PAGE_TOKEN.',
		);
		expect(h.graph().requests).toHaveLength(1);
		expect(h.sleeps).toEqual([]);
	});

	test.each([200, 10])(
		'a missing permission (%i) names pages_manage_posts and is not retried',
		async (code) => {
			await writeFacebookFeed(h.root, ITEMS);
			const error = await failure(h.run({ replies: [{ status: 403, body: graphError(code) }] }));
			expect(error!.message).toContain('pages_manage_posts');
			expect(error!.message).toContain(`Graph-feil ${code}`);
			expect(h.graph().requests).toHaveLength(1);
		},
	);

	test('a rate limit is retried after Retry-After, then the post goes through', async () => {
		await writeFacebookFeed(h.root, [ITEMS[0]!]);
		const summary = await h.run({
			replies: [
				{ status: 400, body: graphError(32), headers: { 'retry-after': '3' } },
				{ status: 429, body: {} },
			],
		});
		expect(summary.posted).toBe(1);
		expect(h.sleeps).toEqual([3000, 4000]);
		expect(h.graph().requests).toHaveLength(3);
	});

	test.each([4, 17, 613])(
		'rate limit code %i: three attempts, then the item waits for the next run',
		async (code) => {
			await writeFacebookFeed(h.root, [ITEMS[0]!]);
			const reply = { status: 400, body: graphError(code) };
			const summary = await h.run({ replies: [reply, reply, reply] });
			expect(summary).toMatchObject({ posted: 0, deferred: 1, refused: 0 });
			expect(h.graph().requests).toHaveLength(3);
			expect(h.sleeps).toEqual([2000, 4000]);
			expect(h.status.snapshot().posts['post-ny']?.facebook).toMatchObject({
				state: 'waiting',
				message: expect.stringMatching(/^Facebook begrenser antall kall akkurat nå/),
			});
			expect(JSON.parse(await h.state()).refused).toEqual({});
		},
	);

	test('a network failure is retried a bounded number of times, then reported in Norwegian', async () => {
		await writeFacebookFeed(h.root, [ITEMS[0]!]);
		const summary = await h.run({ graphUrl: await closedPortUrl() });
		expect(summary).toMatchObject({ posted: 0, deferred: 1 });
		expect(h.lines.join('\n')).toMatch(/Fikk ikke kontakt med Facebook \(ECONNREFUSED\)/);
		expect(h.sleeps).toHaveLength(2);
	});

	test('what was posted before a failure is kept; the rerun posts only the rest', async () => {
		await writeFacebookFeed(h.root, ITEMS);
		await failure(
			h.run({
				replies: [
					{ status: 200, body: { id: '111_1' } },
					{ status: 400, body: graphError(190) },
				],
			}),
		);
		expect(Object.keys(JSON.parse(await h.state()).posted)).toEqual(['post-eldre']);
		await h.resetGraph();
		expect(await h.run()).toMatchObject({ posted: 1, alreadyPosted: 1 });
		expect(h.graph().requests.map((r) => r.form.link)).toEqual([
			'https://trondelag.example.no/nyheter/ia-avtale/',
		]);
	});

	test('the token never appears in printed lines, errors or the state file', async () => {
		await writeFacebookFeed(h.root, ITEMS);
		await h.run({ publish: false });
		await h.run();
		await writeFacebookFeed(h.root, [{ ...ITEMS[0]!, id: 'post-3', slug: 'tredje' }]);
		await h.resetGraph();
		const echoed = graphError(100, `Ugyldig parameter access_token=${TOKEN}`);
		const summary = await h.run({ replies: [{ status: 400, body: echoed }] });
		expect(summary.refused).toBe(1);
		const status = JSON.stringify(h.status.snapshot());
		expect(status).toContain('access_token=***');
		for (const text of [...h.lines, status, await h.state()]) expect(text).not.toContain(TOKEN);
	});
});
