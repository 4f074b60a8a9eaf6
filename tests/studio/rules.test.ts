import { describe, expect, test } from 'vitest';
import { otherRuleCases } from './helpers/rule-cases-other.ts';
import { dataset, firstLinkBlock, ruleCases, summer } from './helpers/rule-cases.ts';
import { faults, summarize, validateInDataset } from './helpers/validate.ts';

describe('Studio validation rules', () => {
	test.each([...ruleCases, ...otherRuleCases])(
		'$rule → $level at $path',
		async ({ make, level, path, message }) => {
			const markers = summarize(await validateInDataset(make(), dataset));
			expect(markers).toContainEqual({
				level,
				path: typeof path === 'string' ? path : expect.stringMatching(path),
				message,
			});
		},
	);

	test.each([
		['mailto:', 'mailto:post@example.no'],
		['tel:', 'tel:+4740000000'],
		['http:', 'http://example.no/side'],
	])('accepts a %s link', async (_scheme, href) => {
		const doc = summer();
		firstLinkBlock(doc).markDefs[0].href = href;
		expect(faults(await validateInDataset(doc, dataset))).toEqual([]);
	});

	test('accepts a decorative image without alt text', async () => {
		const doc = summer();
		delete doc.mainImage.alt;
		doc.mainImage.decorative = true;
		expect(faults(await validateInDataset(doc, dataset))).toEqual([]);
	});

	test('accepts an empty figure (only the default credit), as a new document has', async () => {
		const doc = summer();
		doc.mainImage = { _type: 'figure', credit: 'KS' };
		expect(faults(await validateInDataset(doc, dataset))).toEqual([]);
	});

	test('does not count the post itself or its own draft as a duplicate slug', async () => {
		const draft = { ...summer(), _id: 'drafts.post-god-sommer-2023' };
		const withDraft = [...dataset, draft];
		expect(faults(await validateInDataset(draft, withDraft))).toEqual([]);
		expect(faults(await validateInDataset(summer(), withDraft))).toEqual([]);
	});

	test('allows the same slug on a topic and a post (unique per type)', async () => {
		const doc = { ...summer(), slug: { _type: 'slug', current: 'samskaping' } };
		expect(faults(await validateInDataset(doc, dataset))).toEqual([]);
	});
});
