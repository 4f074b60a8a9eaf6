/**
 * What the store decides about time beyond "published": the next scheduled instant
 * (schedule.json) and, in a preview, scheduled posts shown and marked.
 */
import { describe, expect, test } from 'vitest';
import { buildStore } from '../../../src/content/store.ts';
import { postsQuery, siteSettingsQuery } from '../../../src/sanity/queries.ts';
import { fakeSource, NOW } from '../../helpers/content.ts';

const post = (_id: string, publishedAt: string) => ({
	_id,
	_type: 'post',
	title: _id,
	slug: _id,
	kind: 'news',
	publishedAt,
	excerpt: 'Ingress.',
	body: [],
});
const source = (posts: unknown[]) =>
	fakeSource({ [siteSettingsQuery]: { title: 'X' }, [postsQuery]: posts });
const ids = (posts: Array<{ _id: string }>) => posts.map((p) => p._id);

describe('buildStore: scheduled posts', () => {
	const posts = [
		post('published', '2026-11-01T08:00:00Z'),
		post('later', '2099-06-20T08:00:00+02:00'),
		post('soon', '2026-12-24T07:00:00Z'),
		post('bad-date', 'i morgen'),
	];

	test('names the earliest publishedAt after the build clock as nextPublishAt', async () => {
		const store = await buildStore(source(posts), { now: NOW });
		expect(store.nextPublishAt).toBe('2026-12-24T07:00:00.000Z');
		expect(ids(store.posts)).toEqual(['published']);
		expect(store.posts[0]!.scheduled).toBe(false);
	});

	test('is null when nothing is scheduled', async () => {
		const store = await buildStore(source(posts.slice(0, 1)), { now: NOW });
		expect(store.nextPublishAt).toBeNull();
	});

	test('a preview shows scheduled posts too, newest first, each marked as scheduled', async () => {
		const store = await buildStore(source(posts), { now: NOW, preview: true });
		expect(ids(store.posts)).toEqual(['later', 'soon', 'published']);
		expect(store.posts.map((p) => p.scheduled)).toEqual([true, true, false]);
		expect(store.nextPublishAt).toBe('2026-12-24T07:00:00.000Z');
	});
});
