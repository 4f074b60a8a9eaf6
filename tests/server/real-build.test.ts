/**
 * The one real rebuild of this suite: `astro build` of the embedded dataset through the atomic
 * build, into a temporary publish root, then served by the publish server.
 */
import { lstat, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { atomicBuild, type AtomicBuildResult } from '../../scripts/lib/atomic-build.ts';
import { POST_BUILD_STEPS } from '../../scripts/lib/post-build-steps.ts';
import { readServerConfig } from '../../server/config.ts';
import { startPublishServer, type PublishServer } from '../../server/publish-server.ts';
import { ROOT } from '../helpers/build.ts';
import { listFiles } from '../helpers/dist.ts';
import { manualTimers } from './helpers/manual-timers.ts';
import { makePublishRoot, type PublishRoot } from './helpers/publish-root.ts';

let site: PublishRoot;
let result: AtomicBuildResult;
let server: PublishServer;
beforeAll(async () => {
	site = await makePublishRoot();
	result = await atomicBuild({
		root: site.root,
		cwd: ROOT,
		postBuild: POST_BUILD_STEPS,
		env: { ...process.env, NO_COLOR: '1', SANITY_PROJECT_ID: '' },
	});
	server = await startPublishServer(
		readServerConfig({ SANITY_WEBHOOK_SECRET: 's', PORT: '0', PUBLISH_ROOT: site.root }),
		{ schedulerTimers: manualTimers(new Date()), log: { info: () => {}, error: () => {} } },
	);
}, 600_000);
afterAll(async () => {
	await server?.close();
	await site?.remove();
});

describe('a real build through atomicBuild', () => {
	test('succeeds and points dist at a complete build folder', async () => {
		expect(result.ok, await readFile(result.logFile, 'utf8')).toBe(true);
		expect((await lstat(join(site.root, 'dist'))).isSymbolicLink()).toBe(true);
		expect(await readlink(join(site.root, 'dist'))).toBe(join('.builds', result.id));
		const files = await listFiles(join(site.root, 'dist'));
		for (const page of ['index.html', '404.html', 'nyheter/index.html', 'rss.xml'])
			expect(files).toContain(page);
		expect(files.some((f) => f.startsWith('bilder/'))).toBe(true);
	});

	test('keeps the build log with the content report beside dist', async () => {
		const log = await readFile(join(site.root, 'reports', `build-${result.id}.log`), 'utf8');
		expect(log).toContain('[sanity] Innholdsrapport');
		expect(await listFiles(join(site.root, 'dist'))).not.toContain(`build-${result.id}.log`);
	});

	test('indexes search after astro build has exited, once (the search step)', async () => {
		const log = await readFile(result.logFile, 'utf8');
		const step = log.indexOf('# sok: node scripts/search-index.ts');
		expect(step).toBeGreaterThan(log.indexOf('[sanity] Innholdsrapport'));
		expect(log.match(/\[sok\] \d+ sider indeksert/g)).toHaveLength(1);
		expect(log.slice(step)).toMatch(/\[sok\] [1-9]\d* sider indeksert/);
		const files = await listFiles(join(site.root, 'dist'));
		expect(files).toContain('pagefind/indexes.json');
		expect(files.some((f) => /^pagefind\/[\d-]+\/pagefind-entry\.json$/.test(f))).toBe(true);
	});

	test('is served by the publish server with its headers', async () => {
		const response = await fetch(`${server.origin}/nyheter/`);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('lang="nb"');
		expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
		expect(response.headers.get('cache-control')).toBe('no-cache');
	});
});
