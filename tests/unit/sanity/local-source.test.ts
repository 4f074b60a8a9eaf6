import { describe, expect, test } from 'vitest';
import type { Dataset, SanityDocument } from '../../../src/sanity/dataset.ts';
import { applyPerspective, createLocalSource } from '../../../src/sanity/local-source.ts';

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
