import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DatasetError } from '../../../src/report/report.ts';
import { createSource } from '../../../src/sanity/source.ts';

const BROKEN = resolve(import.meta.dirname, '..', '..', 'fixtures', 'broken-export');

describe('createSource', () => {
	test('reads a local export once and queries it', async () => {
		const source = await createSource({ mode: 'local', path: BROKEN, perspective: 'published' });
		expect(source.description).toContain('broken-export');
		expect(await source.fetch('*[_id == $id][0].title', { id: 'post-good' })).toBe(
			'Fixture post-good',
		);
		expect(await source.fetch('count(*[_id in path("drafts.**")])')).toBe(0);
	});

	test('uses the drafts perspective for a local export when asked', async () => {
		const source = await createSource({ mode: 'local', path: BROKEN, perspective: 'drafts' });
		expect(await source.fetch('*[_id == "post-draft"][0].title')).toBe('HEMMELIG UTKAST');
	});

	test('creates an API source without contacting the API', async () => {
		const source = await createSource({
			mode: 'api',
			projectId: 'abc',
			dataset: 'production',
			apiVersion: '2025-02-19',
			perspective: 'published',
		});
		expect(source.description).toBe('Sanity API abc/production (published)');
	});

	test('fails with a DatasetError when the local export is missing', async () => {
		await expect(
			createSource({ mode: 'local', path: 'finnes/ikke', perspective: 'published' }),
		).rejects.toThrow(DatasetError);
	});
});
