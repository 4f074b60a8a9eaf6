/**
 * The local source answers with groq-js's synchronous evaluator and falls back to the asynchronous
 * one (src/sanity/local-source.ts). The fast path must give exactly what the asynchronous evaluator
 * gives, for every query of queries.ts, over the seed and the field fixture, in every perspective.
 */
import { resolve } from 'node:path';
import { evaluate, evaluateSync, parse } from 'groq-js';
import { describe, expect, test } from 'vitest';
import { readDataset } from '../../../src/sanity/dataset.ts';
import { applyPerspective, createLocalSource } from '../../../src/sanity/local-source.ts';
import { normalizeText } from '../../../src/sanity/normalize-text.ts';
import * as queries from '../../../src/sanity/queries.ts';
import { ContentReport } from '../../../src/report/report.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const EXPORTS = {
	seed: resolve(ROOT, 'sanity-studio', 'seed', 'production'),
	field: resolve(ROOT, 'tests', 'fixtures', 'field-export'),
};
const QUERIES = Object.entries(queries as Record<string, unknown>).filter(
	(entry): entry is [string, string] => typeof entry[1] === 'string',
);

/** What the asynchronous evaluator alone answers (the reference). */
async function slowAnswer(path: string, perspective: 'published' | 'drafts', query: string) {
	const documents = applyPerspective((await readDataset(path)).documents, perspective);
	for (const doc of documents) normalizeText(doc, new ContentReport());
	const byId = new Map(documents.map((d) => [d._id, d]));
	const tree = parse(query);
	const value = await evaluate(tree, {
		dataset: documents,
		dereference: ({ _ref }: { _ref: string }) => byId.get(_ref),
	});
	return value.get();
}

describe('createLocalSource().fetch', () => {
	test('covers every query', () => {
		expect(QUERIES.map(([name]) => name)).toContain('postsQuery');
		expect(QUERIES.length).toBeGreaterThanOrEqual(6);
	});

	for (const [exportName, path] of Object.entries(EXPORTS))
		for (const perspective of ['published', 'drafts'] as const)
			test.each(QUERIES)(
				`${exportName}, ${perspective}: %s answers as the asynchronous evaluator`,
				async (_, query) => {
					const source = createLocalSource(await readDataset(path), perspective);
					expect(await source.fetch(query)).toEqual(await slowAnswer(path, perspective, query));
				},
			);

	test('falls back to the asynchronous evaluator for what the synchronous one cannot run', async () => {
		// diff:: functions exist only in groq-js's asynchronous evaluator.
		const query = '{"changed": diff::changedAny({"a": 1}, {"a": 2}, (a))}';
		expect(() => evaluateSync(parse(query), { dataset: [] })).toThrow(/not supported/);
		const source = createLocalSource(await readDataset(EXPORTS.seed));
		expect(await source.fetch(query)).toEqual({ changed: true });
	});
});
