import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_API_VERSION, DEFAULT_DATASET_PATH } from '../../../src/consts.ts';
import { toClientConfig } from '../../../src/sanity/api-source.ts';
import { DatasetError } from '../../../src/sanity/messages.ts';
import { createSource, readSourceConfig } from '../../../src/sanity/source.ts';

const BROKEN = resolve(import.meta.dirname, '..', '..', 'fixtures', 'broken-export');

describe('readSourceConfig', () => {
	test.each([
		{
			name: 'no variables',
			env: {},
			expected: { mode: 'local', path: DEFAULT_DATASET_PATH, perspective: 'published' },
		},
		{
			name: 'an empty SANITY_PROJECT_ID',
			env: { SANITY_PROJECT_ID: '' },
			expected: { mode: 'local', path: DEFAULT_DATASET_PATH, perspective: 'published' },
		},
		{
			name: 'SANITY_LOCAL_DATASET',
			env: { SANITY_LOCAL_DATASET: ' exports/prod.tar.gz ' },
			expected: { mode: 'local', path: 'exports/prod.tar.gz', perspective: 'published' },
		},
		{
			name: 'the drafts perspective locally (no token needed)',
			env: { SANITY_PERSPECTIVE: 'drafts' },
			expected: { mode: 'local', path: DEFAULT_DATASET_PATH, perspective: 'drafts' },
		},
	])('reads a local source from $name', ({ env, expected }) => {
		expect(readSourceConfig(env)).toEqual(expected);
	});

	test('uses the API when SANITY_PROJECT_ID is set, with default dataset and API version', () => {
		expect(
			readSourceConfig({ SANITY_PROJECT_ID: 'abc123', SANITY_LOCAL_DATASET: 'ignored' }),
		).toEqual({
			mode: 'api',
			projectId: 'abc123',
			dataset: 'production',
			apiVersion: DEFAULT_API_VERSION,
			perspective: 'published',
			token: undefined,
		});
	});

	test('takes dataset, API version, perspective and token from the environment', () => {
		expect(
			readSourceConfig({
				SANITY_PROJECT_ID: 'my-project',
				SANITY_DATASET: 'staging',
				SANITY_API_VERSION: '2026-01-01',
				SANITY_PERSPECTIVE: 'drafts',
				SANITY_TOKEN: 'sk-secret',
			}),
		).toEqual({
			mode: 'api',
			projectId: 'my-project',
			dataset: 'staging',
			apiVersion: '2026-01-01',
			perspective: 'drafts',
			token: 'sk-secret',
		});
	});

	test.each([
		{
			name: 'an invalid project id',
			env: { SANITY_PROJECT_ID: 'Mitt Prosjekt!' },
			message: /SANITY_PROJECT_ID "Mitt Prosjekt!" er ugyldig/,
		},
		{
			name: 'an unknown perspective',
			env: { SANITY_PERSPECTIVE: 'raw' },
			message: /SANITY_PERSPECTIVE må være "published" eller "drafts", ikke "raw"/,
		},
		{
			name: 'drafts without a token',
			env: { SANITY_PROJECT_ID: 'abc', SANITY_PERSPECTIVE: 'drafts' },
			message: /krever SANITY_TOKEN/,
		},
		{
			name: 'drafts with a blank token',
			env: { SANITY_PROJECT_ID: 'abc', SANITY_PERSPECTIVE: 'drafts', SANITY_TOKEN: '  ' },
			message: /krever SANITY_TOKEN/,
		},
	])('throws a readable DatasetError for $name', ({ env, message }) => {
		expect(() => readSourceConfig(env)).toThrow(DatasetError);
		expect(() => readSourceConfig(env)).toThrow(message);
	});

	test('never puts a token into the client settings of a published build', () => {
		const config = readSourceConfig({ SANITY_PROJECT_ID: 'abc', SANITY_TOKEN: 'sk-secret' });
		if (config.mode !== 'api') throw new Error('expected the API source');
		expect(JSON.stringify(toClientConfig(config))).not.toContain('sk-secret');
	});

	test('never mentions the token in an error message', () => {
		const error = (() => {
			try {
				readSourceConfig({
					SANITY_PROJECT_ID: 'BAD ID',
					SANITY_PERSPECTIVE: 'drafts',
					SANITY_TOKEN: 'sk-secret',
				});
			} catch (e) {
				return e as Error;
			}
			throw new Error('expected an error');
		})();
		expect(error.message).toContain('BAD ID');
		expect(error.message).not.toContain('sk-secret');
	});
});

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
