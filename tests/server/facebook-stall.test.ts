/**
 * The Facebook poster never stalls (issue 27, point 5), against a fake Graph API on 127.0.0.1 that
 * refuses one item and rate-limits another: the refusal is recorded with its reason and never
 * tried again, the rate-limited item is retried after the others went, and an item that falls out
 * of the age window is reported to the editor instead of vanishing.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { daysBefore, writeFacebookFeed, type TestItem } from './helpers/facebook-feed.ts';
import { graphError, type GraphRequest } from './helpers/fake-graph.ts';
import { NOW, posterHarness } from './helpers/poster-harness.ts';

let h: Awaited<ReturnType<typeof posterHarness>>;
beforeEach(async () => (h = await posterHarness()));
afterEach(() => h.cleanup());

const item = (slug: string, days: number): TestItem => ({
	id: `post-${slug}`,
	title: `Sak ${slug}`,
	slug,
	publishedAt: daysBefore(NOW, days),
});
/** Oldest first: the refused one, the rate-limited one, then a plain one. */
const ITEMS = [item('avvist', 3), item('begrenset', 2), item('vanlig', 1)];
const link = (slug: string) => `https://trondelag.example.no/nyheter/${slug}/`;
const posted = (r: GraphRequest) => (r.method === 'POST' ? [r.form.link] : []);

/** Refuses «avvist» (368) every time; rate-limits «begrenset» (32) `limited` times. */
function refuseAndLimit(limited: number) {
	let limits = 0;
	return (request: GraphRequest) => {
		if (request.form.link === link('avvist'))
			return { status: 400, body: graphError(368, 'Innholdet bryter retningslinjene') };
		if (request.form.link === link('begrenset') && limits++ < limited)
			return { status: 400, body: graphError(32, 'Sidens kallgrense er nådd') };
		return undefined;
	};
}

describe('runPoster with one refused and one rate-limited item', () => {
	test('posts the others first, retries the rate-limited one, records the refusal with its reason', async () => {
		await writeFacebookFeed(h.root, ITEMS);
		const summary = await h.run({ replies: refuseAndLimit(1) });
		expect(summary).toMatchObject({ due: 3, posted: 2, refused: 1, deferred: 0 });
		expect(h.graph().requests.flatMap(posted)).toEqual([
			link('avvist'),
			link('begrenset'),
			link('vanlig'),
			link('begrenset'),
		]);
		expect(h.sleeps).toEqual([2000]);
		const state = JSON.parse(await h.state());
		expect(state.refused['post-avvist']).toMatchObject({
			code: 368,
			reason: 'Innholdet bryter retningslinjene',
			link: link('avvist'),
		});
		expect(Object.keys(state.posted).sort()).toEqual(['post-begrenset', 'post-vanlig']);
		const seen = h.status.snapshot().posts;
		expect(seen['post-avvist']?.facebook).toMatchObject({
			state: 'failed',
			message: 'Facebook avviste innlegget (Graph-feil 368): Innholdet bryter retningslinjene',
		});
		expect(seen['post-vanlig']?.facebook).toMatchObject({ state: 'posted', postId: '111_1' });
		expect(seen['post-begrenset']?.facebook).toMatchObject({ state: 'posted', postId: '111_2' });
		expect(h.lines).toContain(
			'Hoppet over «Sak avvist»: Facebook avviste innlegget (Graph-feil 368): Innholdet bryter retningslinjene Innlegget prøves ikke igjen; de andre postes.',
		);
	});

	test('a refused item is never tried again; newer items still go on later runs', async () => {
		await writeFacebookFeed(h.root, ITEMS);
		await h.run({ replies: refuseAndLimit(0) });
		await h.resetGraph();
		const newer = item('nyere', 0.5);
		await writeFacebookFeed(h.root, [...ITEMS, newer]);
		const summary = await h.run({ replies: refuseAndLimit(0) });
		expect(summary).toMatchObject({ posted: 1, refused: 1, alreadyPosted: 2 });
		expect(h.graph().requests.flatMap(posted)).toEqual([link('nyere')]);
	});

	test('a rate limit that outlasts the attempts leaves the item for the next run, not the others', async () => {
		await writeFacebookFeed(h.root, ITEMS);
		const first = await h.run({ replies: refuseAndLimit(99) });
		expect(first).toMatchObject({ posted: 1, refused: 1, deferred: 1 });
		expect(h.status.snapshot().posts['post-begrenset']?.facebook?.state).toBe('waiting');
		await h.resetGraph();
		const second = await h.run({ replies: refuseAndLimit(0) });
		expect(second).toMatchObject({ posted: 1, alreadyPosted: 1, refused: 1 });
		expect(h.graph().requests.flatMap(posted)).toEqual([link('begrenset')]);
		expect(h.status.snapshot().posts['post-begrenset']?.facebook?.state).toBe('posted');
	});
});

describe('the age window', () => {
	test('counts from the post’s time on the site; an unposted item falling out of it is reported once', async () => {
		const old = item('gammel', 7.5);
		await writeFacebookFeed(h.root, [old, item('fersk', 6.5)]);
		const summary = await h.run();
		expect(summary).toMatchObject({ posted: 1, tooOld: 1 });
		expect(h.status.snapshot().posts['post-gammel']?.facebook).toMatchObject({
			state: 'skipped',
			message: 'Ikke postet: mer enn 7 dager siden innlegget ble publisert på nettstedet.',
		});
		expect(JSON.parse(await h.state()).skipped['post-gammel']).toBeDefined();
		const before = h.lines.filter((l) => l.startsWith('«Sak gammel»')).length;
		await h.run();
		expect(h.lines.filter((l) => l.startsWith('«Sak gammel»')).length).toBe(before);
		expect(before).toBe(1);
	});
});
