import { describe, expect, test } from 'vitest';
import { ContentReport, reportJson } from '../../../src/report/report.ts';

describe('reportJson', () => {
	test('has the counts and one entry per problem: {id, type, path, severity, message}', () => {
		const report = new ContentReport();
		report.skip('post', 'post-a', 'slug', '"Årsmøte 2024" er ugyldig; forslag: "arsmote-2024"');
		report.warn('post', 'post-b', 'body[3].crop', 'beskjæringen fjerner hele bildet');
		report.note('[sanity] data.ndjson, linje 7: ugyldig JSON');
		expect(reportJson(report, new Date('2026-11-25T12:00:00Z'))).toEqual({
			builtAt: '2026-11-25T12:00:00.000Z',
			counts: { skipped: 1, warnings: 1, notes: 1 },
			issues: [
				{
					id: 'post-a',
					type: 'post',
					path: 'slug',
					severity: 'error',
					message:
						'[sanity] post "post-a" → slug: "Årsmøte 2024" er ugyldig; forslag: "arsmote-2024"',
				},
				{
					id: 'post-b',
					type: 'post',
					path: 'body[3].crop',
					severity: 'warning',
					message: '[sanity] post "post-b" → body[3].crop: beskjæringen fjerner hele bildet',
				},
				{
					id: null,
					type: null,
					path: null,
					severity: 'note',
					message: '[sanity] data.ndjson, linje 7: ugyldig JSON',
				},
			],
		});
	});
});
