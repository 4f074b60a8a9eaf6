/** What buildStore holds: resolved references, years, topics, assets and settings, from one run. */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildStore, type Store } from '../../../src/content/store.ts';
import type { Dataset } from '../../../src/sanity/dataset.ts';
import { createLocalSource } from '../../../src/sanity/local-source.ts';
import {
	eventsQuery,
	municipalitiesQuery,
	postsQuery,
	siteSettingsQuery,
	topicsQuery,
} from '../../../src/sanity/queries.ts';
import { NOW, buildBrokenStore, fakeSource, type BrokenStore } from '../../helpers/content.ts';

describe('buildStore', () => {
	describe('over the broken fixture export', () => {
		let dataset: Dataset;
		let store: Store;
		let post: BrokenStore['post'];

		beforeAll(async () => {
			({ dataset, store, post } = await buildBrokenStore());
		});

		test('resolves the contact person and keeps the deadline', () => {
			expect(post('post-good')).toMatchObject({
				contact: {
					_id: 'person-x',
					name: 'Test Person',
					role: 'Rådgiver',
					email: 'test@example.no',
					phone: '+4740000002',
				},
				deadline: '2024-06-01',
			});
		});

		test("decides the deadline's state at the build clock once", () => {
			expect(post('post-good').deadlineStatus).toEqual({
				date: '2024-06-01',
				state: 'expired',
				daysLeft: -907,
			});
		});

		test('decides the lead story once: without a pin, none of posts older than 45 days', () => {
			// The fixture's newest post is from 2024 and the clock is pinned later: no stale lead.
			expect(store.posts[0]!.publishedTime).toBeLessThan(NOW.getTime() - 45 * 86_400_000);
			expect(store.lead).toBeNull();
		});

		test('adds the Oslo year to each post', () => {
			expect(store.posts.map((p) => p.year)).toEqual([2024, 2024, 2024, 2024, 2023, 2023]);
		});

		test('lists valid topics with their published posts', () => {
			expect(store.topics.map((tp) => [tp._id, tp.posts.length])).toEqual([['topic-a', 6]]);
		});

		test('collects every asset a published post uses, once', () => {
			expect(store.assets.map((a) => a._id).sort()).toEqual([
				'file-ec5a8d629d9f55779421d8abfa8d72728adc6c7a-pdf',
				'image-ea37e34c9a5e22a45c73cb96d9674331220cf594-96x64-jpg',
			]);
		});

		test('takes the settings from the dataset', () => {
			expect(store.settings).toMatchObject({
				title: 'Fixture-nettsted',
				url: 'https://fixture.example.no',
				defaultCredit: 'KS',
			});
			expect(store.builtAt).toBe(NOW);
		});

		test('overrides the site URL and drops trailing slashes', async () => {
			const withUrl = await buildStore(createLocalSource(dataset), {
				now: NOW,
				siteUrl: ' https://preview.example.no/// ',
			});
			expect(withUrl.settings.url).toBe('https://preview.example.no');
		});
	});

	describe('with a fake source', () => {
		test('runs each query once', async () => {
			const source = fakeSource({
				[siteSettingsQuery]: { title: 'X' },
				[postsQuery]: [],
				[topicsQuery]: [],
				[municipalitiesQuery]: [],
				[eventsQuery]: [],
			});
			await buildStore(source, { now: NOW });
			expect(source.queries.sort()).toEqual(
				[postsQuery, siteSettingsQuery, topicsQuery, municipalitiesQuery, eventsQuery].sort(),
			);
		});

		const post = (_id: string, publishedAt: string, kind = 'news') => ({
			_id,
			_type: 'post',
			title: _id,
			slug: _id,
			kind,
			publishedAt,
			excerpt: 'Ingress.',
			body: [],
		});
		const posts = [
			post('news-nov', '2026-11-01T08:00:00Z'),
			post('summer', '2026-06-19T08:00:00Z', 'summerGreeting'),
			post('news-mar', '2026-03-01T08:00:00Z'),
		];

		test.each([
			{ now: '2026-07-01T12:00:00Z', pin: null, lead: 'summer' },
			{ now: '2026-11-25T12:00:00Z', pin: null, lead: 'news-nov' },
			{ now: '2026-11-25T12:00:00Z', pin: { post: 'news-mar' }, lead: 'news-mar' },
			{
				now: '2026-11-25T12:00:00Z',
				pin: { post: 'news-mar', until: '2026-11-01T00:00:00Z' },
				lead: 'news-nov',
			},
		])('leads with $lead at $now (pin $pin)', async ({ now, pin, lead }) => {
			const source = fakeSource({
				[siteSettingsQuery]: { title: 'X', leadStory: pin },
				[postsQuery]: posts,
				[topicsQuery]: [],
			});
			const store = await buildStore(source, { now: new Date(now) });
			expect(store.lead?._id).toBe(lead);
			expect(store.report.warnings.filter((w) => w.type === 'siteSettings')).toEqual([]);
		});
	});
});
