/** The bench's synthetic posts: deterministic, realistic in shape, and the same text in both outputs. */
import { beforeAll, describe, expect, test } from 'vitest';
import { toSanityPost } from '../../bench/generate-dataset.ts';
import { toMarkdown } from '../../bench/generate-markdown.ts';
import { readSeedPool, type SeedPool } from '../../bench/seed-pool.ts';
import { syntheticEvents } from '../../bench/synthetic-events.ts';
import { BENCH_NOW, syntheticPosts } from '../../bench/synthetic-posts.ts';

let pool: SeedPool;
beforeAll(async () => {
	pool = await readSeedPool();
});

describe('syntheticPosts', () => {
	test('gives the same posts for the same N, and news post i the same text for any N', () => {
		expect(syntheticPosts(50, pool)).toEqual(syntheticPosts(50, pool));
		const [small, large] = [syntheticPosts(50, pool)[8]!, syntheticPosts(500, pool)[8]!];
		expect({ ...small, publishedAt: '' }).toEqual({ ...large, publishedAt: '' });
	});

	test('spreads N posts over 2015-01-01 … 2026-06-01 with unique slugs', () => {
		const posts = syntheticPosts(200, pool);
		expect(posts[0]!.publishedAt).toBe('2015-01-01T08:00:00.000Z');
		expect(posts.at(-1)!.publishedAt).toBe('2026-06-01T08:00:00.000Z');
		expect(new Set(posts.map((p) => p.slug)).size).toBe(200);
	});

	test('writes 8-block bodies with a list, links, 1–2 figures, 2 topics and 1–2 municipalities', () => {
		for (const post of syntheticPosts(200, pool)) {
			expect(post.body).toHaveLength(8);
			const types = post.body.map((b) => b.type);
			expect(types.filter((t) => t === 'bullet')).toHaveLength(2);
			expect(types.filter((t) => t === 'figure').length).toBeGreaterThanOrEqual(1);
			expect(types.filter((t) => t === 'figure').length).toBeLessThanOrEqual(2);
			expect(JSON.stringify(post.body)).toContain('"href":"https://');
			expect(post.topics).toHaveLength(2);
			expect(post.municipalities.length).toBeGreaterThanOrEqual(1);
			expect(post.municipalities.length).toBeLessThanOrEqual(2);
		}
	});

	test('includes a few summer and Christmas greetings and newsletters with a contact', () => {
		const posts = syntheticPosts(200, pool);
		const count = (kind: string) => posts.filter((p) => p.kind === kind).length;
		expect([count('summerGreeting'), count('christmasGreeting'), count('newsletter')]).toEqual([
			4, 4, 10,
		]);
		expect(posts.filter((p) => p.kind === 'newsletter').every((p) => p.contact)).toBe(true);
	});

	test('puts every span of the Sanity export into the markdown too', () => {
		for (const post of syntheticPosts(40, pool)) {
			const markdown = toMarkdown(post);
			const spans = toSanityPost(post).body.flatMap((b) => ('children' in b ? b.children : []));
			for (const span of spans) expect(markdown).toContain(span.text.trim());
			expect(markdown).toContain(`title: ${JSON.stringify(post.title)}`);
		}
	});

	test('gives every post a revision, as an export has', () => {
		const docs = syntheticPosts(30, pool).map(toSanityPost);
		expect(new Set(docs.map((d) => d._rev)).size).toBe(30);
		expect(docs.every((d) => d._updatedAt === d.publishedAt)).toBe(true);
	});
});

describe('syntheticEvents', () => {
	test('one event per 100 posts, related to existing posts, the last one upcoming at the bench clock', () => {
		const posts = syntheticPosts(1000, pool);
		const events = syntheticEvents(posts, BENCH_NOW);
		expect(events).toHaveLength(10);
		const ids = new Set(posts.map((p) => p.id));
		expect(events.every((e) => e.relatedPosts.every((r) => ids.has(r._ref)))).toBe(true);
		expect(Date.parse(events.at(-1)!.start)).toBeGreaterThan(BENCH_NOW.getTime());
		expect(Date.parse(events[0]!.start)).toBeLessThan(BENCH_NOW.getTime());
		expect(syntheticEvents(syntheticPosts(20, pool), BENCH_NOW)).toHaveLength(1);
	});
});
