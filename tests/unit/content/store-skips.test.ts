/** buildStore keeps only the renderable, published posts, and reports what it left out. */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildStore, type Store } from '../../../src/content/store.ts';
import { readDataset, type Dataset } from '../../../src/sanity/dataset.ts';
import { createLocalSource } from '../../../src/sanity/local-source.ts';
import { ContentReport } from '../../../src/report/report.ts';
import { postsQuery } from '../../../src/sanity/queries.ts';
import { NOW, buildBrokenStore, issues } from '../../helpers/content.ts';
import { SEED } from '../../helpers/dataset.ts';

describe('buildStore', () => {
	describe('over the broken fixture export', () => {
		let dataset: Dataset;
		let store: Store;
		let report: ContentReport;

		beforeAll(async () => {
			({ dataset, store, report } = await buildBrokenStore());
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
				'topic topic-broken title: mangler',
				'post post-bad-date publishedAt: ugyldig dato "ikke en dato" (krever ISO 8601-tidspunkt med tidssone, f.eks. 2024-05-01T10:00:00Z)',
				'post post-no-slug slug: mangler; forslag: "fixture-post-no-slug"',
				'post post-no-title title: mangler',
				'post post-duplicate-slug slug: "good" brukes allerede av en nyere sak',
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

		test('reports everything in one readable block', () => {
			expect(report.format().split('\n')).toEqual([
				'[sanity] Innholdsrapport',
				'Hoppet over – kan ikke vises (5):',
				'  [sanity] topic "topic-broken" → title: mangler',
				'  [sanity] post "post-bad-date" → publishedAt: ugyldig dato "ikke en dato" (krever ISO 8601-tidspunkt med tidssone, f.eks. 2024-05-01T10:00:00Z)',
				'  [sanity] post "post-no-slug" → slug: mangler; forslag: "fixture-post-no-slug"',
				'  [sanity] post "post-no-title" → title: mangler',
				'  [sanity] post "post-duplicate-slug" → slug: "good" brukes allerede av en nyere sak',
				'Advarsler – vist med reserveverdi (12):',
				'  [sanity] post "post-good" → topics[1]: mangler; utelatt',
				'  [sanity] post "post-no-kind" → kind: mangler; bruker "news"',
				// The fixture's 96×64 photo is smaller than the share card and the article column.
				'  [sanity] post "post-good" → mainImage: bildet image-ea37e34c9a5e22a45c73cb96d9674331220cf594-96x64-jpg (blaatt.jpg): lite bilde (96×64 px etter beskjæring) forstørres til delingsbildet 1200×630; last opp minst 600×315 px',
				'  [sanity] post "post-good" → body[1]: bildet image-ea37e34c9a5e22a45c73cb96d9674331220cf594-96x64-jpg (blaatt.jpg): lite bilde (96×64 px etter beskjæring) vises forstørret i tekstspalten; last opp minst 720 px bredt',
				// The wording of the missing-image warning belongs to the image checks.
				expect.stringMatching(/^ {2}\[sanity\] post "post-missing-image" → mainImage[.:]/),
				'  [sanity] post "post-good" → body[1].alt: mangler alternativ tekst; vist med alt=""',
				'  [sanity] post "post-good" → mainImage.credit: "Foto:" skrives av nettstedet; fjernet fra "Foto: KS"',
				'  [sanity] post "post-good" → body[3].markDefs[0].href: lenke "javascript:alert(1)" er ikke http(s)/mailto/tel; vist som tekst',
				'  [sanity] post "post-good" → body[4]: ukjent blokktype "pollWidget"; vist som ren tekst',
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
	});

	describe('over the seed dataset', () => {
		test('builds every published post with an empty report', async () => {
			const report = new ContentReport();
			const source = createLocalSource(await readDataset(SEED, report));
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
});
