/** postsQuery over the embedded seed: fields, figures, attachments, internal links, municipalities. */
import { beforeAll, describe, expect, test } from 'vitest';
import { readDataset } from '../../../src/sanity/dataset.ts';
import { createLocalSource } from '../../../src/sanity/local-source.ts';
import { postsQuery } from '../../../src/sanity/queries.ts';
import type { ContentSource } from '../../../src/sanity/source.ts';
import {
	SEED,
	seedSource,
	type Asset,
	type Figure,
	type PostResult,
} from '../../helpers/seed-queries.ts';
import { placeholder } from '../../helpers/images.ts';

let source: ContentSource;
let posts: PostResult[];
const post = (slug: string) => {
	const found = posts.find((p) => p.slug === slug);
	if (!found) throw new Error(`no post "${slug}" in the seed`);
	return found;
};

beforeAll(async () => {
	source = await seedSource();
	posts = await source.fetch<PostResult[]>(postsQuery);
});

describe('postsQuery', () => {
	test('returns posts newest first', () => {
		const dates = posts.map((p) => p.publishedAt);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(posts.length).toBeGreaterThanOrEqual(14);
	});

	test('leaves drafts out (the future post is filtered later, by the store)', () => {
		expect(posts.some((p) => p._id.startsWith('drafts.'))).toBe(false);
		expect(posts.some((p) => p.slug === 'hostmote-2026-utkast')).toBe(false);
		expect(posts[0]?.slug).toBe('sommerhilsen-2099');
	});

	test('gives every post an _id, slug, title, kind and publishedAt', () => {
		for (const p of posts) {
			expect(p._id, p._id).toMatch(/^post-/);
			expect(p.slug, p._id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(p.title, p._id).not.toBe('');
			expect(['news', 'summerGreeting', 'christmasGreeting', 'newsletter'], p._id).toContain(
				p.kind,
			);
			expect(Number.isNaN(Date.parse(p.publishedAt)), p._id).toBe(false);
		}
	});

	test('returns the 2023 summer greeting with its main image, caption and credit', () => {
		const greeting = post('god-sommer-2023');
		expect(greeting).toMatchObject({
			title: 'God sommer fra KS Trøndelag',
			kind: 'summerGreeting',
			publishedAt: '2023-06-23T08:00:00Z',
		});
		expect(greeting.mainImage).toMatchObject({
			credit: 'KS',
			caption: expect.stringContaining('Regiondirektør'),
			alt: expect.any(String),
			asset: {
				width: 1600,
				height: 1067,
				mimeType: 'image/jpeg',
				extension: 'jpg',
				lqip: expect.stringMatching(/^data:image\/jpeg;base64,/),
			},
		});
	});

	test('resolves a figure inside the body to its asset', () => {
		const figures = (post('god-sommer-2023').body ?? []).filter(
			(b) => b._type === 'figure',
		) as unknown as Figure[];
		expect(figures).toHaveLength(1);
		expect(figures[0]).toMatchObject({
			_key: expect.any(String),
			credit: 'KS',
			caption: expect.stringMatching(/^Tina Øllgaard Bentzen /),
			alt: expect.stringContaining('Tina Øllgaard Bentzen'),
			asset: {
				_id: 'image-800b89a88a09f1bc4712b93528d6193a91ba23f1-1600x1067-jpg',
				width: 1600,
				height: 1067,
			},
		});
	});

	test('keeps text blocks of the body as portable text', () => {
		const blocks = (post('god-sommer-2023').body ?? []).filter((b) => b._type === 'block');
		expect(blocks.length).toBeGreaterThan(5);
		expect(blocks.map((b) => b.style)).toEqual(expect.arrayContaining(['normal', 'h2']));
		expect(blocks.some((b) => b.listItem === 'bullet')).toBe(true);
	});

	test('dereferences topics and municipalities', () => {
		const greeting = post('god-sommer-2023');
		expect(greeting.topics).toContainEqual({
			_id: 'topic-arhuskompasset',
			title: 'Århuskompasset',
			slug: 'arhuskompasset',
		});
		expect(greeting.topics?.every((tp) => tp.title && tp.slug)).toBe(true);
		expect(greeting.municipalities).toContainEqual({
			_id: 'municipality-5029',
			name: 'Skaun',
			slug: 'skaun',
			number: '5029',
		});
	});

	test('returns the Debattheft newsletter with two attachments, a deadline and a contact', () => {
		const newsletter = post('debattheftet-2021');
		expect(newsletter.kind).toBe('newsletter');
		expect(newsletter.publishedAt).toBe('2020-12-11T09:11:45Z');
		expect(newsletter.deadline).toBe('2021-03-01');
		expect(newsletter.contact).toEqual({
			_id: expect.any(String),
			name: expect.any(String),
			role: expect.any(String),
			email: expect.stringMatching(/@example\.no$/),
			phone: expect.stringMatching(/^\+47\d{8}$/),
			image: expect.objectContaining({ alt: expect.any(String), asset: expect.any(Object) }),
		});
		// Sent to every municipality: one switch instead of the list.
		expect(newsletter.allMunicipalities).toBe(true);
		expect(newsletter.municipalities).toBeNull();
		const attachments = (newsletter.body ?? []).filter(
			(b) => b._type === 'attachment',
		) as unknown as Array<{ title: string; file: Asset }>;
		expect(attachments.map((a) => a.file.extension)).toEqual(['pdf', 'docx']);
		expect(attachments.map((a) => a.file.mimeType)).toEqual([
			'application/pdf',
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		]);
		for (const a of attachments) {
			expect(a.title).not.toBe('');
			expect(a.file.size).toBeGreaterThan(0);
			expect(a.file.originalFilename).toMatch(/\.(pdf|docx)$/);
			expect(a.file.url).toMatch(/^file:\/\/\//);
		}
		expect(newsletter.topics?.map((tp) => tp._id)).toContain('topic-debattheftet');
	});
});

describe('postsQuery internal links', () => {
	type Def = { _type: string; target?: { _id: string; _type: string; slug: string } | null };
	const defs = (slug: string) =>
		(post(slug).body ?? []).flatMap((b) => (b.markDefs as Def[] | undefined) ?? []);

	test('resolve the target of a link to a post and to a topic: type, slug and date', () => {
		expect(defs('strategikonferansen-2021').filter((d) => d._type === 'internalLink')).toEqual([
			expect.objectContaining({
				target: {
					_id: 'post-debattheft-2021',
					_type: 'post',
					slug: 'debattheftet-2021',
					publishedAt: '2020-12-11T09:11:45Z',
				},
			}),
			expect.objectContaining({
				target: {
					_id: 'topic-debattheftet',
					_type: 'topic',
					slug: 'debattheftet',
					publishedAt: null,
				},
			}),
		]);
	});

	test('resolve a link to a draft-only post to null in the published perspective', async () => {
		const dataset = await readDataset(SEED, undefined, placeholder);
		const withDraftLink = createLocalSource({
			...dataset,
			documents: dataset.documents.map((d) =>
				d._id === 'post-strategikonferansen-2021'
					? JSON.parse(
							JSON.stringify(d).replace(
								'"_ref":"post-debattheft-2021"',
								'"_ref":"post-hostmote-2026"',
							),
						)
					: d,
			),
		});
		const all = await withDraftLink.fetch<PostResult[]>(postsQuery);
		const conference = all.find((p) => p.slug === 'strategikonferansen-2021')!;
		const targets = (conference.body ?? [])
			.flatMap((b) => (b.markDefs as Def[] | undefined) ?? [])
			.filter((d) => d._type === 'internalLink')
			.map((d) => d.target?._id ?? null);
		expect(targets).toEqual([null, 'topic-debattheftet']);
	});
});

describe('postsQuery for distribution', () => {
	test('returns when each post was last edited and whether it concerns all municipalities', async () => {
		for (const post of posts) {
			expect(Date.parse(post._updatedAt!)).not.toBeNaN();
			expect([true, false, null]).toContain(post.allMunicipalities ?? null);
		}
	});
});
