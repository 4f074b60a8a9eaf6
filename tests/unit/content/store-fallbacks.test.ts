import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
/** buildStore renders a document with a missing or invalid field using a fallback, and warns. */
import { beforeAll, describe, expect, test } from 'vitest';
import { EXCERPT_MAX_LENGTH } from '../../../src/consts.ts';
import { buildStore } from '../../../src/content/store.ts';
import { ContentReport } from '../../../src/report/report.ts';
import { postsQuery, siteSettingsQuery } from '../../../src/sanity/queries.ts';
import {
	NOW,
	buildBrokenStore,
	fakeSource,
	issues,
	type BrokenStore,
} from '../../helpers/content.ts';
import { SEED } from '../../helpers/dataset.ts';

const SEED_PHOTO = '0af3c3e5b5d9af25495709467d3eed41320324d2';

describe('buildStore', () => {
	describe('over the broken fixture export', () => {
		let report: ContentReport;
		let post: BrokenStore['post'];

		beforeAll(async () => {
			({ report, post } = await buildBrokenStore());
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
				'post post-good body[4]: ukjent blokktype "pollWidget"; vist som ren tekst',
			);
		});

		test('renders an empty body as nothing, keeping the excerpt', () => {
			expect(post('post-empty-body')).toMatchObject({
				bodyHtml: '',
				excerpt: 'Ingress for post-empty-body.',
			});
		});
	});

	describe('with a fake source', () => {
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
			// A local original: a remote one would be fetched (src/images/check.ts).
			const asset = {
				_id: `image-${SEED_PHOTO}-1600x1067-jpg`,
				url: pathToFileURL(join(SEED, 'images', `${SEED_PHOTO}-1600x1067.jpg`)).href,
				width: 1600,
				height: 1067,
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

describe('report paths after blocks are left out', () => {
	test('name the block by its original index, whichever step left earlier blocks out', async () => {
		const report = new ContentReport();
		const link = (key: string, href: string) => ({
			_type: 'block',
			_key: key,
			style: 'normal',
			markDefs: [{ _type: 'link', _key: 'l', href }],
			children: [{ _type: 'span', _key: 's', text: 'lenke', marks: ['l'] }],
		});
		await buildStore(
			fakeSource({
				[siteSettingsQuery]: { title: 'X' },
				[postsQuery]: [
					{
						_id: 'p',
						_type: 'post',
						title: 'T',
						slug: 's',
						kind: 'news',
						publishedAt: '2024-01-01T00:00:00Z',
						excerpt: 'E',
						body: [
							// Left out by validation: an attachment without a title.
							{ _type: 'attachment', _key: 'a', file: null },
							link('b', 'javascript:alert(1)'),
							{ _type: 'figure', _key: 'f', asset: null },
							link('c', 'ftp://x'),
						],
					},
				],
			}),
			{ now: NOW, report },
		);
		expect(report.warnings.map((w) => w.path)).toEqual([
			'body[0].title',
			'body[2].asset',
			'body[1].markDefs[0].href',
			'body[3].markDefs[0].href',
		]);
	});
});
