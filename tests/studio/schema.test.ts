import { describe, expect, test } from 'vitest';
import { schemaTypes } from '../../sanity-studio/schemaTypes/index.ts';
import { studioSchema } from './helpers/validate.ts';

describe('createSchema(schemaTypes)', () => {
	test('registers every schema type (a type with a schema error would be dropped)', () => {
		const registered = studioSchema.getTypeNames();
		for (const type of schemaTypes) expect(registered).toContain(type.name);
	});

	test('reports no schema errors or warnings', () => {
		const problems = (studioSchema._validation ?? []).flatMap((group) =>
			group.problems.map(
				(problem) => `${group.path.map((p) => p.name).join('.')}: ${problem.message}`,
			),
		);
		expect(problems).toEqual([]);
	});

	test('has the content types the site reads, and the status types the server writes', () => {
		expect(schemaTypes.map((type) => type.name).sort()).toEqual([
			'accessibilitySettings',
			'attachment',
			'audience',
			'blockContent',
			'event',
			'facebookShare',
			'figure',
			'internalLink',
			'lang',
			'link',
			'municipality',
			'newsletterSend',
			'newsletterSettings',
			'person',
			'plainLanguageSettings',
			'post',
			'postStatus',
			'seo',
			'siteSettings',
			'siteStatus',
			'topic',
		]);
	});
});
