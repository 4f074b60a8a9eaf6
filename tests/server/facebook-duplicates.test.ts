/**
 * The Facebook poster never posts twice (issue 27, point 9): when Facebook made the post but the
 * answer was lost (connection reset, HTTP 500) or the poster died before writing its state, the
 * next attempt finds the post on the Page by its link and records it instead of posting again.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { stateFile } from '../../server/facebook/state.ts';
import { writeFacebookFeed } from './helpers/facebook-feed.ts';
import { ITEMS, posterHarness } from './helpers/poster-harness.ts';

let h: Awaited<ReturnType<typeof posterHarness>>;
beforeEach(async () => (h = await posterHarness()));
afterEach(() => h.cleanup());

const ONE = [ITEMS[0]!];
const methods = () => h.graph().requests.map((r) => `${r.method} ${r.path.split('?')[0]}`);

describe('runPoster after a lost answer', () => {
	test.each([
		['a connection reset', { status: 0, body: {}, create: true, reset: true }],
		['an HTTP 500', { status: 500, body: {}, create: true }],
	])('%s after Facebook made the post: found on the Page, not posted again', async (_, reply) => {
		await writeFacebookFeed(h.root, ONE);
		const summary = await h.run({ replies: [reply] });
		expect(summary).toMatchObject({ posted: 0, found: 1 });
		expect(h.graph().posts).toHaveLength(1);
		expect(methods()).toEqual(['POST /v26.0/1234567890/feed', 'GET /v26.0/1234567890/posts']);
		const state = JSON.parse(await h.state());
		expect(state.posted['post-ny']).toMatchObject({ postId: '111_1', found: true });
		expect(state.inFlight).toEqual({});
		expect(h.status.snapshot().posts['post-ny']?.facebook).toMatchObject({
			state: 'posted',
			postId: '111_1',
		});
	});

	test('the look-up sends the token in the Authorization header, never in the address', async () => {
		await writeFacebookFeed(h.root, ONE);
		await h.run({ replies: [{ status: 500, body: {} }] });
		const lookUp = h.graph().requests.find((r) => r.method === 'GET')!;
		expect(lookUp.authorization).toMatch(/^Bearer EAAB-/);
		expect(lookUp.path).not.toContain('EAAB');
		// Not on the Page after the 500: posted once on the second attempt.
		expect(h.graph().posts).toHaveLength(1);
	});

	test('a crash between Facebook’s answer and the state write: found on start', async () => {
		await writeFacebookFeed(h.root, ONE);
		await h.run({ publish: false }); // starts the fake Page
		// Facebook made the post; the poster died before writing its state.
		h.graph().posts.push({ id: '999_1', link: 'https://trondelag.example.no/nyheter/ia-avtale/' });
		await writeFile(
			stateFile(h.root),
			JSON.stringify({
				posted: {},
				inFlight: {
					'post-ny': {
						link: 'https://trondelag.example.no/nyheter/ia-avtale/',
						startedAt: '2026-01-30T09:59:00Z',
					},
				},
			}),
		);
		const before = h.graph().requests.length;
		const summary = await h.run();
		expect(summary).toMatchObject({ posted: 0, found: 1 });
		expect(
			h
				.graph()
				.requests.slice(before)
				.map((r) => r.method),
		).toEqual(['GET']);
		expect(JSON.parse(await h.state()).posted['post-ny'].postId).toBe('999_1');
	});

	test('in flight but not on the Page: posted once', async () => {
		await writeFacebookFeed(h.root, ONE);
		await mkdir(dirname(stateFile(h.root)), { recursive: true });
		await writeFile(
			stateFile(h.root),
			JSON.stringify({ posted: {}, inFlight: { 'post-ny': { link: 'x', startedAt: 'y' } } }),
		);
		const summary = await h.run();
		expect(summary).toMatchObject({ posted: 1, found: 0 });
		expect(h.graph().posts).toHaveLength(1);
		expect(methods()).toEqual(['GET /v26.0/1234567890/posts', 'POST /v26.0/1234567890/feed']);
	});
});
