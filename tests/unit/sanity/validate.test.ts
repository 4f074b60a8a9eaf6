import { describe, expect, test } from 'vitest';
import { ContentReport } from '../../../src/report/report.ts';
import {
	POST_FALLBACKS,
	POST_REQUIRED,
	postSchema,
	TOPIC_REQUIRED,
	topicSchema,
} from '../../../src/sanity/schemas.ts';
import { validateDocument, validateDocuments } from '../../../src/sanity/validate.ts';

const POST = { type: 'post', required: POST_REQUIRED, fallbacks: POST_FALLBACKS };
const asset = {
	_id: 'image-a-10x10-jpg',
	url: 'https://cdn.sanity.io/a.jpg',
	width: 10,
	height: 10,
};
const valid = {
	_id: 'post-1',
	_type: 'post',
	title: 'Tittel',
	slug: 'tittel',
	kind: 'news',
	publishedAt: '2024-05-01T10:00:00Z',
	excerpt: 'Ingress',
	body: [{ _type: 'block', _key: 'b1', children: [{ _type: 'span', text: 'Tekst' }] }],
	topics: [{ _id: 't', title: 'Tema', slug: 'tema' }],
};

const issues = (report: ContentReport) =>
	report.issues.map(({ level, id, path, reason }) => `${level} ${id} ${path}: ${reason}`);

describe('validateDocument', () => {
	test('returns a valid post with optional lists defaulted to empty', () => {
		const report = new ContentReport();
		const post = validateDocument({ ...valid, topics: null }, postSchema, report, POST);
		expect(post).toMatchObject({ _id: 'post-1', title: 'Tittel', topics: [], municipalities: [] });
		expect(report.issues).toEqual([]);
	});

	test.each([
		{ change: { title: '' }, expected: 'error post-1 title: mangler' },
		{ change: { title: '   ' }, expected: 'error post-1 title: mangler' },
		{ change: { slug: null }, expected: 'error post-1 slug: mangler' },
		{
			change: { slug: 'Ugyldig Slug' },
			expected: 'error post-1 slug: "Ugyldig Slug" er ugyldig; forslag: "ugyldig-slug"',
		},
		{
			change: { publishedAt: 'i morgen' },
			expected:
				'error post-1 publishedAt: ugyldig dato "i morgen" (krever ISO 8601-tidspunkt med tidssone, f.eks. 2024-05-01T10:00:00Z)',
		},
		{
			change: { publishedAt: '2024-05-01 10:00' },
			expected:
				'error post-1 publishedAt: ugyldig dato "2024-05-01 10:00" (krever ISO 8601-tidspunkt med tidssone, f.eks. 2024-05-01T10:00:00Z)',
		},
		{ change: { publishedAt: undefined }, expected: 'error post-1 publishedAt: mangler' },
		{ change: { _id: '' }, expected: 'error (uten _id) _id: mangler' },
	])('skips a post when a required field is invalid: $expected', ({ change, expected }) => {
		const report = new ContentReport();
		expect(validateDocument({ ...valid, ...change }, postSchema, report, POST)).toBeNull();
		expect(issues(report)).toEqual([expected]);
	});

	test.each([
		{ change: { kind: undefined }, field: 'kind', value: 'news', reason: 'mangler; bruker "news"' },
		{ change: { kind: 'podcast' }, field: 'kind', value: 'news' },
		{ change: { deadline: '1. mars' }, field: 'deadline', value: null },
		{
			change: { contact: { _id: 'p', name: 'Navn', email: 'ikke-en-adresse' } },
			field: 'contact',
			value: null,
		},
		{
			change: { mainImage: { alt: 'A', asset: null } },
			field: 'mainImage',
			value: null,
			reason: 'mangler bilde/fil (død referanse); bruker null',
		},
	])('falls back for an invalid $field and warns', ({ change, field, value, reason }) => {
		const report = new ContentReport();
		const post = validateDocument({ ...valid, ...change }, postSchema, report, POST);
		expect(post?.[field as keyof typeof post]).toEqual(value);
		expect(report.skipped).toEqual([]);
		expect(report.warnings).toHaveLength(1);
		expect(report.warnings[0]?.path.startsWith(field)).toBe(true);
		expect(report.warnings[0]?.reason).toMatch(/; bruker (".*"|null)$/);
		if (reason) expect(report.warnings[0]?.reason).toBe(reason);
	});

	test('leaves out invalid list items and keeps the valid ones, warning once per item', () => {
		const report = new ContentReport();
		const post = validateDocument(
			{
				...valid,
				topics: [
					null,
					{ _id: 't', title: 'Tema', slug: 'tema' },
					{ _id: 'u', title: '', slug: 'Ugyldig' },
				],
				body: [
					{ _type: 'figure', _key: 'f1', alt: 'A' },
					{ _type: 'figure', _key: 'f2', alt: 'B', asset },
					{
						_type: 'attachment',
						_key: 'a1',
						title: '',
						file: { _id: 'file-x-pdf', url: 'https://cdn.sanity.io/x.pdf' },
					},
				],
			},
			postSchema,
			report,
			POST,
		);
		expect(post?.topics.map((tp) => tp._id)).toEqual(['t']);
		expect(post?.body.map((b) => b._key)).toEqual(['f2']);
		expect(issues(report)).toEqual([
			'warning post-1 body[0].asset: mangler bilde/fil (død referanse); utelatt',
			'warning post-1 body[2].title: mangler; utelatt',
			'warning post-1 topics[0]: mangler; utelatt',
			'warning post-1 topics[2].title: mangler; utelatt',
		]);
	});

	test('skips a document whose invalid field has no fallback', () => {
		const report = new ContentReport();
		expect(
			validateDocument(
				{ _id: 't', title: 'Tema', slug: 'tema', description: 42 },
				topicSchema,
				report,
				{ type: 'topic', required: TOPIC_REQUIRED, fallbacks: {} },
			),
		).toBeNull();
		expect(report.skipped.map((i) => `${i.id} ${i.path}`)).toEqual(['t description']);
	});

	test('does not change the document it is given', () => {
		const raw = { ...valid, kind: 'podcast' };
		validateDocument(raw, postSchema, new ContentReport(), POST);
		expect(raw.kind).toBe('podcast');
	});
});

describe('validateDocuments', () => {
	test('returns the valid documents in order and reports the rest', () => {
		const report = new ContentReport();
		const posts = validateDocuments(
			[valid, { ...valid, _id: 'post-2', title: '' }, { ...valid, _id: 'post-3', slug: 'tre' }],
			postSchema,
			report,
			POST,
		);
		expect(posts.map((p) => p._id)).toEqual(['post-1', 'post-3']);
		expect(report.skipped.map((i) => i.id)).toEqual(['post-2']);
	});
});
