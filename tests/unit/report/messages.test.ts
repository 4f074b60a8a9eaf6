import { describe, expect, test } from 'vitest';
import { invalidFieldMessage, invalidLineMessage } from '../../../src/report/messages.ts';
import { ContentReport, DatasetError } from '../../../src/report/report.ts';

describe('invalidFieldMessage', () => {
	test.each([
		{
			type: 'post',
			id: 'abc',
			path: 'mainImage.alt',
			reason: 'påkrevd',
			expected: '[sanity] post "abc" → mainImage.alt: påkrevd',
		},
		{
			type: 'post',
			id: 'drafts.abc',
			path: 'body[2].asset',
			reason: 'mangler',
			expected: '[sanity] post "drafts.abc" → body[2].asset: mangler',
		},
		{
			type: 'topic',
			id: 't1',
			path: '',
			reason: 'kunne ikke valideres',
			expected: '[sanity] topic "t1" → (dokument): kunne ikke valideres',
		},
	])('formats $expected', ({ type, id, path, reason, expected }) => {
		expect(invalidFieldMessage(type, id, path, reason)).toBe(expected);
	});
});

describe('invalidLineMessage', () => {
	test('names the file, the line and the _id when it is known', () => {
		expect(invalidLineMessage('data.ndjson', 7, 'ugyldig JSON', 'post-truncated')).toBe(
			'[sanity] data.ndjson, linje 7 (post-truncated): ugyldig JSON',
		);
	});

	test('leaves the _id out when it is unknown', () => {
		expect(invalidLineMessage('data.ndjson', 12, 'mangler _id')).toBe(
			'[sanity] data.ndjson, linje 12: mangler _id',
		);
	});
});

describe('ContentReport', () => {
	test('formats nothing when there is nothing to report', () => {
		expect(new ContentReport().format()).toBe('');
	});

	test('separates skipped documents from warnings', () => {
		const report = new ContentReport();
		report.warn('post', 'a', 'kind', 'mangler; bruker "news"');
		report.skip('post', 'b', 'slug', 'mangler');
		expect(report.skipped.map((i) => i.id)).toEqual(['b']);
		expect(report.warnings.map((i) => i.id)).toEqual(['a']);
	});

	test('formats everything as one block: skipped, warnings, then export notes', () => {
		const report = new ContentReport();
		report.warn('post', 'a', 'kind', 'mangler; bruker "news"');
		report.skip('post', 'b', 'slug', 'mangler');
		report.note('[sanity] data.ndjson, linje 7 (c): ugyldig JSON');
		report.skip('topic', 't', 'title', 'mangler');
		expect(report.format()).toMatchInlineSnapshot(`
			"[sanity] Innholdsrapport
			Hoppet over – kan ikke vises (2):
			  [sanity] post "b" → slug: mangler
			  [sanity] topic "t" → title: mangler
			Advarsler – vist med reserveverdi (1):
			  [sanity] post "a" → kind: mangler; bruker "news"
			Eksportfil (1):
			  [sanity] data.ndjson, linje 7 (c): ugyldig JSON"
		`);
	});

	test('leaves out empty sections', () => {
		const report = new ContentReport();
		report.note('[sanity] assets.json kan ikke leses');
		expect(report.format()).toBe(
			'[sanity] Innholdsrapport\nEksportfil (1):\n  [sanity] assets.json kan ikke leses',
		);
	});
});

describe('DatasetError', () => {
	test('is an Error named DatasetError carrying its message', () => {
		const error = new DatasetError('Fant ikke datasettet "x"');
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('DatasetError');
		expect(error.message).toBe('Fant ikke datasettet "x"');
	});
});
