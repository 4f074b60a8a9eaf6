import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { EXCERPT_MAX_LENGTH } from '../../src/consts.ts';
import { buildStore, type Store } from '../../src/sanity/content.ts';
import { readDataset, type Dataset } from '../../src/sanity/dataset.ts';
import { createLocalSource } from '../../src/sanity/local-source.ts';
import { ContentReport } from '../../src/sanity/messages.ts';
import { postsQuery, siteSettingsQuery, topicsQuery } from '../../src/sanity/queries.ts';
import type { ContentSource } from '../../src/sanity/source.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const NOW = new Date('2026-11-25T12:00:00Z');

const issues = (report: ContentReport, level: 'skipped' | 'warnings') =>
	report[level].map(({ type, id, path, reason }) => `${type} ${id} ${path}: ${reason}`);

describe('buildStore', () => {
	describe('over the broken fixture export', () => {
		let dataset: Dataset;
		let store: Store;
		let report: ContentReport;
		const post = (id: string) => {
			const found = store.posts.find((p) => p._id === id);
			if (!found) throw new Error(`${id} is not in the store`);
			return found;
		};

		beforeAll(async () => {
			report = new ContentReport();
			dataset = await readDataset(resolve(ROOT, 'tests/fixtures/broken-export'), report);
			store = await buildStore(createLocalSource(dataset), { now: NOW, report });
		});

		test('keeps the renderable posts, newest first', () => {
			expect(store.posts.map((p) => p._id)).toEqual([
				'post-good',
				'post-no-excerpt',
				'post-long-excerpt',
				'post-no-kind',
				'post-missing-image',
				'post-empty-body',
			]);
		});

		test('skips exactly the documents that cannot be rendered, naming id, field and reason', () => {
			expect(issues(report, 'skipped')).toEqual([
				'post post-bad-date publishedAt: ugyldig dato',
				'post post-no-slug slug: mangler',
				'post post-no-title title: mangler',
				'post post-duplicate-slug slug: "good" brukes allerede av en nyere sak',
				'topic topic-broken title: mangler',
			]);
		});

		test('leaves drafts and future posts out of the store without reporting them', () => {
			const ids = store.posts.map((p) => p._id);
			expect(ids).not.toContain('drafts.post-draft');
			expect(ids).not.toContain('post-draft');
			expect(ids).not.toContain('post-future');
			expect(JSON.stringify(store)).not.toContain('HEMMELIG UTKAST');
			expect(JSON.stringify(store)).not.toContain('FREMTIDIG SAK');
			expect(report.issues.some((i) => i.id.includes('draft') || i.id === 'post-future')).toBe(
				false,
			);
		});

		test('defaults a missing kind to news', () => {
			expect(post('post-no-kind').kind).toBe('news');
			expect(issues(report, 'warnings')).toContain(
				'post post-no-kind kind: mangler; bruker "news"',
			);
		});

		test('cuts an excerpt over 300 characters at a word boundary, ending with "…"', () => {
			const { excerpt } = post('post-long-excerpt');
			expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX_LENGTH);
			expect(excerpt).toMatch(/ seg…$/);
			expect(issues(report, 'warnings')).toContain(
				'post post-long-excerpt excerpt: 440 tegn, over 300; forkortet',
			);
		});

		test('derives a missing excerpt from the first paragraph', () => {
			expect(post('post-no-excerpt').excerpt).toBe(
				'Første avsnitt blir ingress når ingressen mangler.',
			);
			expect(issues(report, 'warnings')).toContain(
				'post post-no-excerpt excerpt: mangler ingress; bruker første avsnitt',
			);
		});

		test('leaves a dangling topic reference out', () => {
			expect(post('post-good').topics).toEqual([
				{ _id: 'topic-a', title: 'Tema A', slug: 'tema-a' },
			]);
			expect(issues(report, 'warnings')).toContain('post post-good topics[1]: mangler; utelatt');
		});

		test('renders a post whose main image file is missing without the image', () => {
			expect(post('post-missing-image').mainImage).toBeNull();
			expect(report.warnings).toContainEqual(
				expect.objectContaining({
					id: 'post-missing-image',
					path: expect.stringMatching(/^mainImage/),
				}),
			);
		});

		test('strips an editor-typed "Foto:" from the credit', () => {
			expect(post('post-good').mainImage?.credit).toBe('KS');
			expect(post('post-good').bodyHtml).not.toContain('Foto: Foto:');
		});

		test('renders a figure without alt text with alt=""', () => {
			expect(post('post-good').bodyHtml).toMatch(/<img [^>]*alt=""/);
			expect(issues(report, 'warnings')).toContain(
				'post post-good body[1].alt: mangler alternativ tekst; vist med alt=""',
			);
		});

		test('renders an unknown block type as plain text, escaped, with a warning', () => {
			const html = post('post-good').bodyHtml;
			expect(html).toContain('<p>Ukjent blokk med tekst</p>');
			expect(html).toContain('&lt;script&gt;');
			expect(html).not.toContain('<script>');
			expect(issues(report, 'warnings')).toContain(
				'post post-good body: ukjent blokktype "pollWidget"; vist som ren tekst',
			);
		});

		test('renders an empty body as nothing, keeping the excerpt', () => {
			expect(post('post-empty-body')).toMatchObject({
				bodyHtml: '',
				excerpt: 'Ingress for post-empty-body.',
			});
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

		test('reports everything in one readable block', () => {
			expect(report.format().split('\n')).toEqual([
				'[sanity] Innholdsrapport',
				'Hoppet over – kan ikke vises (5):',
				'  [sanity] post "post-bad-date" → publishedAt: ugyldig dato',
				'  [sanity] post "post-no-slug" → slug: mangler',
				'  [sanity] post "post-no-title" → title: mangler',
				'  [sanity] post "post-duplicate-slug" → slug: "good" brukes allerede av en nyere sak',
				'  [sanity] topic "topic-broken" → title: mangler',
				'Advarsler – vist med reserveverdi (10):',
				'  [sanity] post "post-good" → topics[1]: mangler; utelatt',
				'  [sanity] post "post-no-kind" → kind: mangler; bruker "news"',
				// The wording of the missing-image warning belongs to the image checks.
				expect.stringMatching(/^ {2}\[sanity\] post "post-missing-image" → mainImage[.:]/),
				'  [sanity] post "post-good" → body[1].alt: mangler alternativ tekst; vist med alt=""',
				'  [sanity] post "post-good" → mainImage.credit: "Foto:" skrives av nettstedet; fjernet fra "Foto: KS"',
				'  [sanity] post "post-good" → body: ukjent blokktype "pollWidget"; vist som ren tekst',
				'  [sanity] post "post-good" → body.markDefs.href: lenke "javascript:alert(1)" er ikke http(s)/mailto/tel; vist som tekst',
				'  [sanity] post "post-no-excerpt" → excerpt: mangler ingress; bruker første avsnitt',
				'  [sanity] post "post-long-excerpt" → excerpt: 440 tegn, over 300; forkortet',
				'  [sanity] post "post-empty-body" → body: tom brødtekst; viser bare ingressen',
				'Eksportfil (2):',
				'  [sanity] data.ndjson, linje 7 (post-truncated): ugyldig JSON (avkortet eller ødelagt linje), hoppet over',
				'  [sanity] eksporten mangler filen images/0000000000000000000000000000000000000000-10x10.jpg (image-0000000000000000000000000000000000000000-10x10-jpg); referanser til den utelates',
			]);
		});

		test('lets an older post keep its slug while the newer one is not yet published', async () => {
			const early = new ContentReport();
			const before = await buildStore(createLocalSource(dataset), {
				now: new Date('2024-04-15T00:00:00Z'),
				report: early,
			});
			expect(before.posts.find((p) => p.slug === 'good')?._id).toBe('post-duplicate-slug');
			expect(before.posts.map((p) => p._id)).not.toContain('post-good');
			expect(early.skipped.map((i) => i.id)).not.toContain('post-duplicate-slug');
		});

		test('overrides the site URL and drops trailing slashes', async () => {
			const withUrl = await buildStore(createLocalSource(dataset), {
				now: NOW,
				siteUrl: ' https://preview.example.no/// ',
			});
			expect(withUrl.settings.url).toBe('https://preview.example.no');
		});
	});

	describe('over the seed dataset', () => {
		test('builds every published post with an empty report', async () => {
			const report = new ContentReport();
			const source = createLocalSource(
				await readDataset(resolve(ROOT, 'sanity-studio/seed/production'), report),
			);
			const store = await buildStore(source, { now: NOW, report });
			const all = await source.fetch<Array<{ _id: string; publishedAt: string }>>(postsQuery);

			expect(report.format()).toBe('');
			expect(store.posts.map((p) => p._id)).toEqual(
				all.filter((p) => p.publishedAt <= NOW.toISOString()).map((p) => p._id),
			);
			expect(store.posts.map((p) => p._id)).not.toContain('post-planlagt-2099');
			expect(store.posts.length).toBeGreaterThanOrEqual(14);
			expect(store.topics).toHaveLength(10);
		});
	});

	describe('with a fake source', () => {
		const fakeSource = (
			answers: Record<string, unknown>,
		): ContentSource & { queries: string[] } => {
			const queries: string[] = [];
			return {
				queries,
				description: 'fake',
				fetch: async <T>(query: string) => {
					queries.push(query);
					return answers[query] as T;
				},
			};
		};

		test('runs each query once', async () => {
			const source = fakeSource({
				[siteSettingsQuery]: { title: 'X' },
				[postsQuery]: [],
				[topicsQuery]: [],
			});
			await buildStore(source, { now: NOW });
			expect(source.queries.sort()).toEqual([postsQuery, siteSettingsQuery, topicsQuery].sort());
		});

		test('falls back to default settings when siteSettings is missing, and says so', async () => {
			const report = new ContentReport();
			const store = await buildStore(fakeSource({}), { now: NOW, report });
			expect(store.settings).toMatchObject({
				title: 'KS Trøndelag – nyheter',
				url: 'https://trondelag.example.no',
				defaultCredit: 'KS',
			});
			expect(store.posts).toEqual([]);
			expect(report.lines).toEqual(['[sanity] siteSettings mangler; bruker standardverdier']);
		});

		test('falls back field by field for invalid settings', async () => {
			const report = new ContentReport();
			const store = await buildStore(
				fakeSource({
					[siteSettingsQuery]: {
						title: '',
						url: 'javascript:alert(1)',
						organisation: 'KS Trøndelag',
					},
				}),
				{ now: NOW, report },
			);
			expect(store.settings).toMatchObject({
				title: 'KS Trøndelag – nyheter',
				url: 'https://trondelag.example.no',
				defaultCredit: 'KS Trøndelag',
			});
			expect(report.warnings.map((i) => i.path).sort()).toEqual(['title', 'url']);
		});

		test('uses the site default credit for a figure without one', async () => {
			const asset = {
				_id: 'image-a-10x10-jpg',
				url: 'https://cdn.sanity.io/images/p/d/a-10x10.jpg',
				width: 10,
				height: 10,
			};
			const store = await buildStore(
				fakeSource({
					[siteSettingsQuery]: { title: 'X', defaultCredit: 'KS Trøndelag' },
					[postsQuery]: [
						{
							_id: 'p',
							_type: 'post',
							title: 'T',
							slug: 's',
							kind: 'news',
							publishedAt: '2024-01-01T00:00:00Z',
							excerpt: 'E',
							mainImage: { alt: 'A', asset },
						},
					],
				}),
				{ now: NOW },
			);
			expect(store.posts[0]?.mainImage?.credit).toBe('KS Trøndelag');
		});
	});
});
