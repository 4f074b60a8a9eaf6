/** The publish server's environment: defaults, required secret, readable Norwegian errors. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../server/config-values.ts';
import { readServerConfig, SERVER_DEFAULTS } from '../../server/config.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project-root.ts';
import { FACEBOOK_DEFAULTS } from '../../server/facebook/config.ts';

const base = { SANITY_WEBHOOK_SECRET: 'hemmelig' };

describe('readServerConfig', () => {
	test('fills in the defaults', () => {
		expect(readServerConfig(base)).toEqual({
			secret: 'hemmelig',
			host: SERVER_DEFAULTS.host,
			port: 8080,
			root: PROJECT_ROOT,
			debounceMs: 5000,
			maxWaitMs: 60_000,
			buildTimeoutMs: 900_000,
			lockRetryMs: 30_000,
			headersTimeoutMs: 20_000,
			requestTimeoutMs: 30_000,
			maxConnectionsPerClient: 32,
			status: null,
			keepBuilds: 2,
			nightlyCron: '0 3 * * *',
			timeZone: 'Europe/Oslo',
			facebook: {
				root: PROJECT_ROOT,
				pageId: undefined,
				token: undefined,
				maxAgeDays: 7,
				graphUrl: FACEBOOK_DEFAULTS.graphUrl,
				maxAttempts: 3,
			},
			facebookAfterBuild: false,
			newsletter: expect.objectContaining({
				dbPath: join(PROJECT_ROOT, 'data', 'newsletter.sqlite'),
				smtp: null,
				secret: null,
				rate: 10,
			}),
		});
	});

	test.each([
		[{}, 'SANITY_WEBHOOK_SECRET mangler'],
		[{ ...base, PORT: 'åtti' }, 'PORT må være et heltall fra 0 til 65535 (fikk «åtti»).'],
		[{ ...base, BUILD_DEBOUNCE_MS: '-1' }, 'BUILD_DEBOUNCE_MS må være et heltall'],
		[{ ...base, BUILD_TIMEOUT_MS: '0' }, 'BUILD_TIMEOUT_MS må være et heltall fra 1000'],
		[
			{ ...base, SANITY_STATUS_TOKEN: 'sk-abc' },
			'SANITY_STATUS_TOKEN er satt, men SANITY_PROJECT_ID',
		],
		[{ ...base, FACEBOOK_MAX_AGE_DAYS: '7.5' }, 'FACEBOOK_MAX_AGE_DAYS må være et heltall'],
		[{ ...base, FACEBOOK_PAGE_ID: 'ks-trondelag' }, 'FACEBOOK_PAGE_ID må være sidens numeriske id'],
		[
			{ ...base, FACEBOOK_GRAPH_URL: 'graph.facebook.com' },
			'FACEBOOK_GRAPH_URL må være en http(s)-adresse',
		],
		[
			{ ...base, NIGHTLY_BUILD_CRON: 'hver natt' },
			'NIGHTLY_BUILD_CRON er ikke et gyldig cron-uttrykk',
		],
		[
			{ ...base, PUBLISH_FACEBOOK_AFTER_BUILD: 'kanskje' },
			'PUBLISH_FACEBOOK_AFTER_BUILD må være 1 (på) eller 0 (av)',
		],
		[
			{ ...base, PUBLISH_FACEBOOK_AFTER_BUILD: '1' },
			'krever FACEBOOK_PAGE_ID og FACEBOOK_PAGE_TOKEN',
		],
	])('refuses %o with a Norwegian message', (env, message) => {
		expect(() => readServerConfig(env)).toThrow(ConfigError);
		expect(() => readServerConfig(env)).toThrow(message);
	});

	test('reads every variable', () => {
		const config = readServerConfig({
			...base,
			HOST: '0.0.0.0',
			PORT: '3000',
			PUBLISH_ROOT: '/srv/ks',
			BUILD_DEBOUNCE_MS: '10000',
			KEEP_BUILDS: '3',
			NIGHTLY_BUILD_CRON: '30 4 * * *',
			FACEBOOK_PAGE_ID: '123',
			FACEBOOK_PAGE_TOKEN: 'token',
			FACEBOOK_MAX_AGE_DAYS: '2',
			FACEBOOK_GRAPH_URL: 'http://127.0.0.1:9/v26.0/',
			PUBLISH_FACEBOOK_AFTER_BUILD: 'ja',
		});
		expect(config).toMatchObject({
			host: '0.0.0.0',
			port: 3000,
			root: '/srv/ks',
			debounceMs: 10000,
			keepBuilds: 3,
			nightlyCron: '30 4 * * *',
			facebook: { pageId: '123', maxAgeDays: 2, graphUrl: 'http://127.0.0.1:9/v26.0' },
			facebookAfterBuild: true,
		});
	});
});

describe('npm run publish-server', () => {
	test('refuses to start without SANITY_WEBHOOK_SECRET: exit 1 and one Norwegian line', async () => {
		const main = join(import.meta.dirname, '..', '..', 'server', 'main.ts');
		const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
			const child = spawn(process.execPath, [main], {
				env: { PATH: process.env.PATH ?? '', PORT: '0' },
				stdio: ['ignore', 'ignore', 'pipe'],
				timeout: 20_000,
			});
			let stderr = '';
			child.stderr.on('data', (d) => (stderr += d));
			child.on('close', (code) => done({ code, stderr }));
		});
		expect(result.code).toBe(1);
		expect(result.stderr.trim()).toMatch(
			/^Publiseringsserveren starter ikke: SANITY_WEBHOOK_SECRET mangler/,
		);
	});
});
