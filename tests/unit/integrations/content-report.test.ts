/** The preflight reads the export once and hands it to the store; a bad setup is one readable message. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { resetBuildState } from '../../../src/build-state.ts';
import { readConfig } from '../../../src/config.ts';
import { buildReport } from '../../../src/content/source.ts';
import { loadContent } from '../../../src/content/store.ts';
import { preflight } from '../../../src/integrations/content-report.ts';
import { BROKEN } from '../../helpers/dataset.ts';

const reads = vi.hoisted(() => ({ files: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
	const actual = await importOriginal<typeof import('node:fs/promises')>();
	return {
		...actual,
		readFile: ((path: Parameters<typeof actual.readFile>[0], ...rest: unknown[]) => {
			reads.files.push(String(path));
			return (actual.readFile as (...args: unknown[]) => unknown)(path, ...rest);
		}) as typeof actual.readFile,
	};
});

afterEach(() => void resetBuildState(readConfig({})));

describe('preflight', () => {
	test('reads and parses the export once per build: the store reuses it', async () => {
		resetBuildState(
			readConfig({ SANITY_LOCAL_DATASET: BROKEN, BUILD_NOW: '2026-11-25T12:00:00Z' }),
		);
		reads.files.length = 0;
		expect(await preflight()).toEqual({ site: 'https://fixture.example.no' });
		const store = await loadContent();
		expect(store.posts.length).toBeGreaterThan(0);
		expect(store.report).toBe(buildReport());
		expect(reads.files.filter((f) => f.endsWith('data.ndjson'))).toHaveLength(1);
	});

	test('decides the site URL from SITE_URL before the settings', async () => {
		resetBuildState(
			readConfig({ SANITY_LOCAL_DATASET: BROKEN, SITE_URL: 'https://ks.example.no/' }),
		);
		expect(await preflight()).toEqual({ site: 'https://ks.example.no' });
		expect((await loadContent()).settings.url).toBe('https://ks.example.no');
	});

	test('turns an unreadable dataset into one message naming the path', async () => {
		resetBuildState(readConfig({ SANITY_LOCAL_DATASET: 'finnes/ikke' }));
		expect(await preflight()).toEqual({
			problem: expect.stringContaining('Fant ikke datasettet "finnes/ikke"'),
		});
	});
});
