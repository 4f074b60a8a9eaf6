import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readDataset } from '../../../src/sanity/dataset.ts';
import { createLocalSource } from '../../../src/sanity/local-source.ts';
import * as queries from '../../../src/sanity/queries.ts';
import {
	municipalitiesQuery,
	postsQuery,
	siteSettingsQuery,
	topicsQuery,
} from '../../../src/sanity/queries.ts';
import type { ContentSource } from '../../../src/sanity/source.ts';

const SEED = resolve(import.meta.dirname, '..', '..', '..', 'sanity-studio', 'seed', 'production');

type Asset = {
	_id: string;
	url: string;
	mimeType: string;
	size: number;
	extension: string;
	originalFilename: string;
	width: number | null;
	height: number | null;
	lqip: string | null;
};
type Figure = {
	_type: string;
	_key?: string;
	alt: string | null;
	caption: string | null;
	credit: string | null;
	asset: Asset | null;
};
type Block = { _type: string; _key: string; [field: string]: unknown };
type PostResult = {
	_id: string;
	slug: string;
	title: string;
	kind: string;
	publishedAt: string;
	excerpt: string | null;
	mainImage: Figure | null;
	body: Block[] | null;
	topics: Array<{ _id: string; title: string; slug: string }> | null;
	municipalities: Array<{ _id: string; name: string; slug: string; number: string }> | null;
	contact: { _id: string; name: string; role: string; email: string; phone: string } | null;
	allMunicipalities: boolean | null;
	deadline: string | null;
	_updatedAt?: string;
	signature?: string | null;
};

let source: ContentSource;
let posts: PostResult[];
const post = (slug: string) => {
	const found = posts.find((p) => p.slug === slug);
	if (!found) throw new Error(`no post "${slug}" in the seed`);
	return found;
};

beforeAll(async () => {
	source = createLocalSource(await readDataset(SEED));
	posts = await source.fetch<PostResult[]>(postsQuery);
});

describe('every exported query', () => {
	/** Params for queries that need them; a new query with params adds its case here. */
	const PARAMS: Record<string, Record<string, unknown>> = {};

	test.each(Object.entries(queries))(
		'%s runs over the seed dataset and returns content',
		async (name, query) => {
			expect(typeof query).toBe('string');
			const result = await source.fetch<unknown>(query as string, PARAMS[name] ?? {});
			expect(result).not.toBeNull();
			if (Array.isArray(result)) expect(result.length).toBeGreaterThan(0);
		},
	);
});

describe('siteSettingsQuery', () => {
	test('returns the settings with the default image resolved to its asset', async () => {
		const settings = await source.fetch<{
			title: string;
			url: string;
			defaultCredit: string;
			defaultImage: Figure;
		}>(siteSettingsQuery);
		expect(settings.title).toBe('KS Trøndelag – nyheter');
		expect(settings.url).toBe('https://trondelag.example.no');
		expect(settings.defaultCredit).toBe('KS');
		expect(settings.defaultImage.asset).toMatchObject({
			width: 1200,
			height: 630,
			mimeType: 'image/jpeg',
		});
		expect(settings.defaultImage.asset?.url).toMatch(/^file:\/\/\/.*\.jpg$/);
	});

	test('returns the identity fields: short name, office contact, editor, links and the SVG logo', async () => {
		const settings = await source.fetch<Record<string, unknown>>(siteSettingsQuery);
		expect(settings).toMatchObject({
			shortName: 'KS Trøndelag',
			mainSiteUrl: 'https://www.ks.no/',
			facebookUrl: expect.stringMatching(/^https:\/\/www\.facebook\.com\/\w+/),
			newsletterSignupUrl: expect.stringMatching(/^https:\/\//),
			contact: {
				address: expect.stringContaining('Trondheim'),
				email: expect.stringMatching(/@example\.no$/),
				phone: expect.stringMatching(/^\+47\d{8}$/),
			},
			responsibleEditor: expect.any(String),
			logo: {
				alt: 'KS Trøndelag',
				hotspot: expect.objectContaining({ y: 0.5 }),
				asset: expect.objectContaining({ extension: 'svg', mimeType: 'image/svg+xml' }),
			},
			accessibility: expect.objectContaining({ feedbackEmail: expect.any(String) }),
		});
	});

	test('returns the lead-story pin as a bare post id, never dereferenced (a draft stays out)', async () => {
		const dataset = await readDataset(SEED);
		const pinned = createLocalSource({
			...dataset,
			documents: dataset.documents.map((d) =>
				d._id === 'siteSettings'
					? {
							...d,
							leadStory: {
								post: { _type: 'reference', _ref: 'post-hostmote-2026', _weak: true },
								until: '2027-01-01T00:00:00Z',
							},
						}
					: d,
			),
		});
		const settings = await pinned.fetch<{ leadStory: unknown }>(siteSettingsQuery);
		expect(settings.leadStory).toEqual({
			post: 'post-hostmote-2026',
			until: '2027-01-01T00:00:00Z',
		});
	});
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
		const dataset = await readDataset(SEED);
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

describe('topicsQuery', () => {
	test('returns the topics ordered by their order field', async () => {
		const topics =
			await source.fetch<
				Array<{ _id: string; title: string; slug: string; description: string | null }>
			>(topicsQuery);
		expect(topics.map((tp) => tp.title)).toMatchInlineSnapshot(`
			[
			  "Århuskompasset",
			  "Samskaping",
			  "Fellesløft Trøndelag – ungt utenforskap",
			  "TØRN – sammen om fremtidens helse og omsorg",
			  "IA-arbeid",
			  "#valgløfte2023",
			  "Frikommuneforsøk",
			  "Folkevalgtprogrammet",
			  "Debattheftet",
			  "Arena Trøndelag",
			]
		`);
		expect(topics[0]).toEqual({
			_id: 'topic-arhuskompasset',
			title: 'Århuskompasset',
			slug: 'arhuskompasset',
			description: expect.any(String),
		});
	});

	test('puts topics without an order last, by title', async () => {
		const local = createLocalSource({
			source: 'x',
			documents: [
				{ _id: 'b', _type: 'topic', title: 'Beta', slug: { current: 'beta' } },
				{ _id: 'c', _type: 'topic', title: 'Gamma', slug: { current: 'gamma' }, order: 2 },
				{ _id: 'a', _type: 'topic', title: 'Alfa', slug: { current: 'alfa' } },
				{ _id: 'd', _type: 'topic', title: 'Delta', slug: { current: 'delta' }, order: 1 },
			],
		});
		const topics = await local.fetch<Array<{ slug: string }>>(topicsQuery);
		expect(topics.map((tp) => tp.slug)).toEqual(['delta', 'gamma', 'alfa', 'beta']);
	});
});

describe('municipalitiesQuery', () => {
	test("returns today's 38 Trøndelag municipalities and the county, with slug, number and kind", async () => {
		const list =
			await source.fetch<
				Array<{ _id: string; name: string; slug: string; number: string; kind: string }>
			>(municipalitiesQuery);
		expect(list).toHaveLength(39);
		expect(list.filter((m) => m.kind === 'county')).toEqual([
			{
				_id: 'municipality-50',
				name: 'Trøndelag fylkeskommune',
				slug: 'trondelag-fylkeskommune',
				number: '50',
				kind: 'county',
			},
		]);
		const municipalities = list.filter((m) => m.kind === 'municipality');
		expect(municipalities.every((m) => /^50\d\d$/.test(m.number))).toBe(true);
		expect(municipalities.map((m) => m.name)).toContain('Skaun');
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
