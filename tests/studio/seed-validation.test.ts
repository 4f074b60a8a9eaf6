import { describe, expect, test } from 'vitest';
import { loadSeedDocuments } from './helpers/seed.ts';
import { faults, studioSchema, validateInDataset } from './helpers/validate.ts';

const dataset = loadSeedDocuments();
const contentDocuments = dataset.filter((doc) => !doc._type.startsWith('sanity.'));

describe('seed dataset in the Studio', () => {
	test('every document has a schema type', () => {
		const unknown = contentDocuments.filter((doc) => !studioSchema.get(doc._type));
		expect(unknown.map((doc) => `${doc._id} (${doc._type})`)).toEqual([]);
	});

	test('includes the draft and the scheduled post, which must be valid too', () => {
		const ids = contentDocuments.map((doc) => doc._id);
		expect(ids).toContain('drafts.post-hostmote-2026');
		expect(ids).toContain('post-planlagt-2099');
	});

	test.each(contentDocuments.map((doc) => [doc._id, doc] as const))(
		'%s passes validation with no errors and no warnings (the assistant may advise)',
		async (_id, document) => {
			expect(faults(await validateInDataset(document, dataset, 'studio'))).toEqual([]);
			// The CLI environment also reports fields the schema does not know.
			expect(faults(await validateInDataset(document, dataset, 'cli'))).toEqual([]);
		},
	);
});
