import { describe, expect, test } from 'vitest';
import type { Dataset, SanityDocument } from '../../../src/sanity/dataset.ts';
import { applyPerspective, createLocalSource } from '../../../src/sanity/local-source.ts';
import { ContentReport } from '../../../src/report/report.ts';

const docs: SanityDocument[] = [
	{ _id: 'topic-a', _type: 'topic', title: 'Tema A' },
	{
		_id: 'post-1',
		_type: 'post',
		title: 'Publisert',
		topic: { _type: 'reference', _ref: 'topic-a' },
	},
	{
		_id: 'drafts.post-1',
		_type: 'post',
		title: 'Utkast av publisert',
		topic: { _type: 'reference', _ref: 'topic-a' },
	},
	{ _id: 'drafts.post-2', _type: 'post', title: 'Bare utkast' },
	{ _id: 'drafts.topic-a', _type: 'topic', title: 'Tema A (utkast)' },
	{ _id: 'post-3', _type: 'post', title: 'Uten utkast' },
];

describe('applyPerspective', () => {
	test('published drops every drafts. document and keeps the rest unchanged', () => {
		const result = applyPerspective(docs, 'published');
		expect(result.map((d) => d._id)).toEqual(['topic-a', 'post-1', 'post-3']);
		expect(result.find((d) => d._id === 'post-1')?.title).toBe('Publisert');
	});

	test('drafts overlays each draft over its published twin under the published id', () => {
		const result = applyPerspective(docs, 'drafts');
		expect(result.map((d) => [d._id, d.title, d._originalId])).toEqual([
			['post-3', 'Uten utkast', undefined],
			['post-1', 'Utkast av publisert', 'drafts.post-1'],
			['post-2', 'Bare utkast', 'drafts.post-2'],
			['topic-a', 'Tema A (utkast)', 'drafts.topic-a'],
		]);
	});

	test('does not change the documents it is given', () => {
		const copy = structuredClone(docs);
		applyPerspective(docs, 'drafts');
		expect(docs).toEqual(copy);
	});
});

describe('createLocalSource', () => {
	const dataset: Dataset = { documents: docs, source: 'file:///test/data.ndjson' };

	test('runs GROQ over the published documents by default', async () => {
		const source = createLocalSource(dataset);
		expect(await source.fetch(`*[_type == "post"] | order(_id asc)._id`)).toEqual([
			'post-1',
			'post-3',
		]);
		expect(source.description).toContain('published');
	});

	test('passes params to the query', async () => {
		const source = createLocalSource(dataset);
		expect(await source.fetch(`*[_id == $id][0].title`, { id: 'post-3' })).toBe('Uten utkast');
		expect(
			await source.fetch(`*[_type == $type && title match $q]._id`, {
				type: 'post',
				q: 'Publisert',
			}),
		).toEqual(['post-1']);
	});

	test('returns null when nothing matches the params', async () => {
		const source = createLocalSource(dataset);
		expect(await source.fetch(`*[_id == $id][0]`, { id: 'finnes-ikke' })).toBeNull();
	});

	test('dereferences references', async () => {
		const source = createLocalSource(dataset);
		expect(await source.fetch(`*[_id == "post-1"][0].topic->title`)).toBe('Tema A');
	});

	test('in the drafts perspective, queries and references see the drafts', async () => {
		const source = createLocalSource(dataset, 'drafts');
		expect(await source.fetch(`*[_id == "post-1"][0]{title, "topic": topic->title}`)).toEqual({
			title: 'Utkast av publisert',
			topic: 'Tema A (utkast)',
		});
		expect(await source.fetch(`count(*[_type == "post"])`)).toBe(3);
	});

	test('never dereferences into a draft in the published perspective', async () => {
		const withDraftRef: Dataset = {
			documents: [
				{ _id: 'p', _type: 'post', topic: { _type: 'reference', _ref: 'drafts.topic-a' } },
				...docs,
			],
			source: 'x',
		};
		expect(await createLocalSource(withDraftRef).fetch(`*[_id == "p"][0].topic->title`)).toBeNull();
	});

	test('rejects invalid GROQ', async () => {
		await expect(createLocalSource(dataset).fetch('*[_type ==')).rejects.toThrow();
	});
});

describe('applyPerspective with content releases (Sanity "Perspectives", "Drafts and versions")', () => {
	const all: SanityDocument[] = [
		{ _id: 'post-a', _type: 'post', title: 'Publisert A' },
		{ _id: 'drafts.post-a', _type: 'post', title: 'Utkast A' },
		{ _id: 'versions.rAutumn.post-a', _type: 'post', title: 'Høst A' },
		{ _id: 'versions.rAutumn.post-new', _type: 'post', title: 'Ny i høst' },
		{ _id: 'versions.rWinter.post-a', _type: 'post', title: 'Vinter A' },
		{ _id: 'post-gone', _type: 'post', title: 'Avpubliseres i høst' },
		{ _id: 'versions.rAutumn.post-gone', _type: 'post', _system: { delete: true } },
		{ _id: '_.releases.rAutumn', _type: 'system.release', name: 'rAutumn' },
		{ _id: '_.groups.public', _type: 'system.group' },
		{ _id: 'image-abc-10x10-jpg', _type: 'sanity.imageAsset' },
	];
	const view = (perspective: Parameters<typeof applyPerspective>[1]) =>
		applyPerspective(all, perspective)
			.map(
				(d) =>
					`${d._id}=${String(d.title ?? d._type)}${d._originalId ? ` (${d._originalId})` : ''}`,
			)
			.sort();

	test('published: no drafts, no release versions, no system documents', () => {
		expect(view('published')).toEqual([
			'image-abc-10x10-jpg=sanity.imageAsset',
			'post-a=Publisert A',
			'post-gone=Avpubliseres i høst',
		]);
	});

	test('drafts: drafts over published, never a release version', () => {
		expect(view('drafts')).toEqual([
			'image-abc-10x10-jpg=sanity.imageAsset',
			'post-a=Utkast A (drafts.post-a)',
			'post-gone=Avpubliseres i høst',
		]);
	});

	test('a release: its versions over published, new documents added, deletions applied', () => {
		expect(view(['rAutumn'])).toEqual([
			'image-abc-10x10-jpg=sanity.imageAsset',
			'post-a=Høst A (versions.rAutumn.post-a)',
			'post-new=Ny i høst (versions.rAutumn.post-new)',
		]);
	});

	test('a stack: the first layer wins, then the next, then published', () => {
		expect(view(['rWinter', 'rAutumn', 'drafts'])).toContain(
			'post-a=Vinter A (versions.rWinter.post-a)',
		);
		expect(view(['drafts', 'rAutumn'])).toContain('post-a=Utkast A (drafts.post-a)');
		expect(view(['drafts', 'rAutumn'])).toContain('post-new=Ny i høst (versions.rAutumn.post-new)');
	});

	test('the release perspective never shows another release', () => {
		expect(view(['rWinter']).join()).not.toContain('Høst');
	});
});

describe('createLocalSource normalises text of the documents it shows', () => {
	test('reports forbidden characters of published documents only', async () => {
		const report = new ContentReport();
		const source = createLocalSource(
			{
				documents: [
					{ _id: 'p', _type: 'post', title: 'A\u000bB' },
					{ _id: 'drafts.p', _type: 'post', title: 'UTKAST\u0008' },
				],
				source: 'x',
			},
			'published',
			report,
		);
		expect(await source.fetch('*[_id == "p"][0].title')).toBe('A B');
		expect(report.warnings.map((w) => w.id)).toEqual(['p']);
	});
});
