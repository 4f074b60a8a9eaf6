import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	buildsSearchIndex,
	defaultWorkers,
	OUTPUT_FAMILIES,
	readConfig,
	readSourceConfig,
} from '../../src/config.ts';
import { DEFAULT_API_VERSION, DEFAULT_DATASET_PATH } from '../../src/consts.ts';
import { toClientConfig } from '../../src/sanity/api-source.ts';
import { ConfigError } from '../../src/report/report.ts';

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
			cdn: true,
		});
	});

	test.each([
		[{ BUILD_TRIGGER: 'publish' }, undefined],
		[{ BUILD_TRIGGER: 'schedule' }, undefined],
		[{ PUBLISH_REVISIONS: '{"post-1":"rev-2"}' }, { 'post-1': 'rev-2' }],
	])('a triggered build (%o) reads the live API, never the CDN', (env, revisions) => {
		const source = readSourceConfig({ SANITY_PROJECT_ID: 'abc123', ...env });
		expect(source).toMatchObject({ mode: 'api', cdn: false });
		expect(source.mode === 'api' ? source.expectedRevisions : 'lokal').toEqual(revisions);
	});

	test.each(['[1]', 'ikke json', '{"post-1": 2}'])('rejects PUBLISH_REVISIONS %s', (value) => {
		expect(() => readSourceConfig({ SANITY_PROJECT_ID: 'abc', PUBLISH_REVISIONS: value })).toThrow(
			/PUBLISH_REVISIONS må være et JSON-objekt/,
		);
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
			cdn: true,
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
			message:
				/SANITY_PERSPECTIVE må være "published", "drafts" eller id-er til innholdsutgivelser .* ikke "raw"/,
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
	])('throws a readable ConfigError for $name', ({ env, message }) => {
		expect(() => readSourceConfig(env)).toThrow(ConfigError);
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

describe('readConfig', () => {
	test('has a default for every setting', () => {
		const before = Date.now();
		const config = readConfig({});
		expect(config).toMatchObject({
			source: { mode: 'local', path: DEFAULT_DATASET_PATH, perspective: 'published' },
			siteUrl: undefined,
			imageCdn: false,
			imageCacheDir: resolve('node_modules/.cache/ks-images'),
		});
		expect(config.now.getTime()).toBeGreaterThanOrEqual(before);
	});

	test.each([
		{ env: {}, preview: false },
		{ env: { SANITY_PERSPECTIVE: 'published' }, preview: false },
		{ env: { SANITY_PERSPECTIVE: 'drafts' }, preview: true },
		{ env: { SANITY_PERSPECTIVE: 'rAutumn,drafts' }, preview: true },
	])('decides once whether the build is a preview: $env', ({ env, preview }) => {
		expect(readConfig(env).preview).toBe(preview);
	});

	test('pins the build clock with BUILD_NOW', () => {
		expect(readConfig({ BUILD_NOW: '2026-11-30T08:00:00Z' }).now.toISOString()).toBe(
			'2026-11-30T08:00:00.000Z',
		);
		expect(readConfig({ BUILD_NOW: '2026-06-01T12:00:00+02:00' }).now.toISOString()).toBe(
			'2026-06-01T10:00:00.000Z',
		);
		expect(readConfig({ BUILD_NOW: '2026-12-24' }).now.toISOString()).toBe(
			'2026-12-24T00:00:00.000Z',
		);
	});

	test('takes the site URL without trailing slashes, and an absolute image cache folder', () => {
		const config = readConfig({ SITE_URL: ' https://ks.example.no/ ', IMAGE_CACHE_DIR: 'tmp/c' });
		expect(config.siteUrl).toBe('https://ks.example.no');
		expect(config.imageCacheDir).toBe(resolve('tmp/c'));
	});

	test('uses the image CDN only for an API source', () => {
		expect(readConfig({ IMAGE_CDN: '1' }).imageCdn).toBe(false);
		expect(readConfig({ IMAGE_CDN: '1', SANITY_PROJECT_ID: 'p1' }).imageCdn).toBe(true);
		expect(readConfig({ IMAGE_CDN: '0', SANITY_PROJECT_ID: 'p1' }).imageCdn).toBe(false);
	});

	test.each([
		{
			env: { BUILD_NOW: 'i morgen' },
			message: /BUILD_NOW "i morgen" er ikke et ISO 8601-tidspunkt/,
		},
		{ env: { BUILD_NOW: '2026-13-45T99:00:00Z' }, message: /BUILD_NOW/ },
		{ env: { BUILD_NOW: '2026-11-30T08:00' }, message: /BUILD_NOW/ },
		{ env: { SITE_URL: 'trondelag.example.no' }, message: /SITE_URL "trondelag.example.no"/ },
		{ env: { SITE_URL: 'ftp://x.no' }, message: /SITE_URL/ },
		{ env: { IMAGE_CDN: 'yes' }, message: /IMAGE_CDN må være 1 eller 0, ikke "yes"/ },
	])('rejects $env with a readable ConfigError', ({ env, message }) => {
		expect(() => readConfig(env)).toThrow(ConfigError);
		expect(() => readConfig(env)).toThrow(message);
	});
});

describe('settings added for content from the field', () => {
	test('SANITY_PERSPECTIVE takes release ids, highest priority first, with or without drafts', () => {
		expect(readSourceConfig({ SANITY_PERSPECTIVE: 'rAutumn, drafts' }).perspective).toEqual([
			'rAutumn',
			'drafts',
		]);
		expect(() =>
			readSourceConfig({ SANITY_PROJECT_ID: 'abc', SANITY_PERSPECTIVE: 'rAutumn' }),
		).toThrow(/krever SANITY_TOKEN/);
		expect(() => readSourceConfig({ SANITY_PERSPECTIVE: 'rAutumn,raw' })).toThrow(ConfigError);
		expect(() => readSourceConfig({ SANITY_PERSPECTIVE: 'r Autumn' })).toThrow(ConfigError);
	});

	test('REPORT_DIR defaults to reports/ beside dist/', () => {
		expect(readConfig({}).reportDir).toBe(resolve('reports'));
		expect(readConfig({ REPORT_DIR: '/tmp/r' }).reportDir).toBe('/tmp/r');
	});

	test('SANITY_API_HOST points the API source elsewhere (tests, proxies) and must be a URL', () => {
		const source = readSourceConfig({
			SANITY_PROJECT_ID: 'abc',
			SANITY_API_HOST: 'http://127.0.0.1:9/',
		});
		expect(source).toMatchObject({ mode: 'api', apiHost: 'http://127.0.0.1:9' });
		expect(() =>
			readSourceConfig({ SANITY_PROJECT_ID: 'abc', SANITY_API_HOST: 'localhost' }),
		).toThrow(/SANITY_API_HOST "localhost" er ikke en nettadresse/);
	});
});

describe('EMAIL_UNSUBSCRIBE_PLACEHOLDER', () => {
	test('defaults to {{unsubscribe_url}} and takes a tool’s own merge tag', () => {
		expect(readConfig({}).emailUnsubscribe).toBe('{{unsubscribe_url}}');
		expect(readConfig({ EMAIL_UNSUBSCRIBE_PLACEHOLDER: '*|UNSUB|*' }).emailUnsubscribe).toBe(
			'*|UNSUB|*',
		);
	});

	test.each(['{{ unsubscribe }}', '"><script>', "it's"])('refuses %s in Norwegian', (value) => {
		expect(() => readConfig({ EMAIL_UNSUBSCRIBE_PLACEHOLDER: value })).toThrow(
			/EMAIL_UNSUBSCRIBE_PLACEHOLDER .* kan ikke inneholde mellomrom/,
		);
	});
});

describe('BUILD_OUTPUTS', () => {
	test('builds every output family by default and with `all`', () => {
		expect([...readConfig({}).outputs]).toEqual([...OUTPUT_FAMILIES]);
		expect([...readConfig({ BUILD_OUTPUTS: 'all' }).outputs]).toEqual([...OUTPUT_FAMILIES]);
	});

	test('`core` leaves every family out; `core,<family>` adds the ones named', () => {
		expect(readConfig({ BUILD_OUTPUTS: 'core' }).outputs.size).toBe(0);
		expect([...readConfig({ BUILD_OUTPUTS: 'core, email,search' }).outputs]).toEqual([
			'email',
			'search',
		]);
	});

	test.each(['email', 'core,emails', 'everything', 'core,,feeds'])(
		'refuses %s in Norwegian',
		(value) => {
			expect(() => readConfig({ BUILD_OUTPUTS: value })).toThrow(
				/BUILD_OUTPUTS må være "all", eller "core" fulgt av utdatafamilier/,
			);
		},
	);
});

describe('INCREMENTAL_BUILD', () => {
	test('is off for a plain build and on with 1 (the atomic build sets it)', () => {
		expect(readConfig({}).incrementalBuild).toBe(false);
		expect(readConfig({ INCREMENTAL_BUILD: '1' }).incrementalBuild).toBe(true);
		expect(() => readConfig({ INCREMENTAL_BUILD: 'yes' })).toThrow(
			/INCREMENTAL_BUILD må være 1 eller 0/,
		);
	});
});

describe('SEARCH_INDEX_AFTER_BUILD and the search index', () => {
	test("astro build indexes unless the atomic build's search step will (flag 1)", () => {
		expect(readConfig({}).searchIndexAfterBuild).toBe(false);
		expect(readConfig({ SEARCH_INDEX_AFTER_BUILD: '1' }).searchIndexAfterBuild).toBe(true);
		expect(() => readConfig({ SEARCH_INDEX_AFTER_BUILD: 'ja' })).toThrow(
			/SEARCH_INDEX_AFTER_BUILD må være 1 eller 0/,
		);
	});

	test('only the published site with the search family gets an index', () => {
		expect(buildsSearchIndex(readConfig({}))).toBe(true);
		expect(buildsSearchIndex(readConfig({ BUILD_OUTPUTS: 'core,feeds' }))).toBe(false);
		expect(buildsSearchIndex(readConfig({ BUILD_OUTPUTS: 'core,search' }))).toBe(true);
		const drafts = { SANITY_PERSPECTIVE: 'drafts', SANITY_PROJECT_ID: 'abc', SANITY_TOKEN: 't' };
		expect(buildsSearchIndex(readConfig(drafts))).toBe(false);
	});
});

describe('BUILD_WORKERS', () => {
	test('by default one thread per core from 4 cores, one below; a whole number from 1 when set', () => {
		expect(readConfig({}).buildWorkers).toBe(defaultWorkers(availableParallelism()));
		expect([1, 2, 3, 4, 16].map(defaultWorkers)).toEqual([1, 1, 1, 4, 16]);
		expect(readConfig({ BUILD_WORKERS: '1' }).buildWorkers).toBe(1);
		expect(readConfig({ BUILD_WORKERS: '4' }).buildWorkers).toBe(4);
		for (const bad of ['0', '-2', '1.5', 'alle', '2 tråder'])
			expect(() => readConfig({ BUILD_WORKERS: bad }), bad).toThrow(
				/BUILD_WORKERS må være et helt tall/,
			);
	});
});

describe('BUILD_MEMORY_MIB', () => {
	test('4096 MiB by default; a whole number of MiB from 100 when set', () => {
		expect(readConfig({}).buildMemoryMiB).toBe(4096);
		expect(readConfig({ BUILD_MEMORY_MIB: '8192' }).buildMemoryMiB).toBe(8192);
		for (const bad of ['0', '99', '4 GiB', '4096.5', '-1'])
			expect(() => readConfig({ BUILD_MEMORY_MIB: bad }), bad).toThrow(
				/BUILD_MEMORY_MIB må være et helt antall MiB/,
			);
	});
});
