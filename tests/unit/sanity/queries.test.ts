/** Every query over the embedded seed: each runs and returns content; settings, topics, municipalities. */
import { beforeAll, describe, expect, test } from 'vitest';
import { readDataset } from '../../../src/sanity/dataset.ts';
import { createLocalSource } from '../../../src/sanity/local-source.ts';
import * as queries from '../../../src/sanity/queries.ts';
import {
	municipalitiesQuery,
	siteSettingsQuery,
	topicsQuery,
} from '../../../src/sanity/queries.ts';
import type { ContentSource } from '../../../src/sanity/source.ts';
import { SEED, seedSource, type Figure } from '../../helpers/seed-queries.ts';

let source: ContentSource;

beforeAll(async () => {
	source = await seedSource();
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
			newsletter: { senderName: 'KS Trøndelag', smtpProvider: expect.stringContaining('EU') },
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
