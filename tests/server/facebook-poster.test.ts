/** The Facebook poster against a fake Graph API on 127.0.0.1: what is posted, skipped and recorded. */
import { stat } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { stateFile } from '../../server/facebook/state.ts';
import { writeFacebookFeed } from './helpers/facebook-feed.ts';
import { ITEMS, posterHarness, TOKEN } from './helpers/poster-harness.ts';

let h: Awaited<ReturnType<typeof posterHarness>>;
beforeEach(async () => (h = await posterHarness()));
afterEach(() => h.cleanup());

describe('publishFromSite', () => {
	test('posts each due item once, oldest first, with message, link and the token in the body', async () => {
		await writeFacebookFeed(h.root, ITEMS);
		const summary = await h.run();
		expect(summary).toMatchObject({ posted: 2, tooOld: 1, alreadyPosted: 0 });
		expect(h.graph().requests.map((r) => [r.method, r.path, r.form.link])).toEqual([
			['POST', '/v26.0/1234567890/feed', 'https://trondelag.example.no/nyheter/samskaping/'],
			['POST', '/v26.0/1234567890/feed', 'https://trondelag.example.no/nyheter/ia-avtale/'],
		]);
		expect(h.graph().requests[0]!.form).toMatchObject({
			message: 'Samskaping i praksis – les mer på nettsiden.',
			access_token: TOKEN,
		});
		expect(JSON.parse(await h.state()).posted).toMatchObject({
			'post-eldre': { postId: '111_1' },
			'post-ny': { postId: '111_2' },
		});
	});

	test('a rerun never posts the same document twice', async () => {
		await writeFacebookFeed(h.root, ITEMS);
		await h.run();
		const again = await h.run();
		expect(again).toMatchObject({ posted: 0, alreadyPosted: 2 });
		expect(h.graph().requests).toHaveLength(2);
	});

	test('dry-run prints what it would post and sends nothing, writes no state', async () => {
		await writeFacebookFeed(h.root, ITEMS);
		const summary = await h.run({ publish: false });
		expect(summary).toMatchObject({ due: 2, posted: 0 });
		expect(h.graph().requests).toHaveLength(0);
		await expect(stat(stateFile(h.root))).rejects.toThrow();
		expect(h.lines).toContain(
			'Ville postet «Ny avtale om IA-arbeid» → https://trondelag.example.no/nyheter/ia-avtale/',
		);
		expect(h.lines.at(-1)).toMatch(/^Tørrkjøring: 2 innlegg ville blitt postet/);
	});

	test('posts published more than FACEBOOK_MAX_AGE_DAYS ago are never posted', async () => {
		await writeFacebookFeed(h.root, [ITEMS[2]!]);
		expect(await h.run()).toMatchObject({ posted: 0, tooOld: 1 });
		expect(h.graph().requests).toHaveLength(0);
	});
});
