/**
 * An export without its files (issue 27, point 8): the seed as `sanity dataset export --no-assets`
 * writes it builds, and the report says in one line that the site has no pictures and no default
 * share image, instead of dropping every og:image and enclosure without a word.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeNoAssetsExport } from '../fixtures/no-assets-export.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { listFiles, readPage } from '../helpers/dist.ts';

let dir: string;
let build: BuildResult;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ks-no-assets-'));
	await writeNoAssetsExport(join(dir, 'export'));
	build = await buildSite({ SANITY_LOCAL_DATASET: join(dir, 'export') }, join(dir, 'dist'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

test('builds, and says once that the site has no pictures and no default share image', () => {
	expect(build.exitCode, build.output).toBe(0);
	const lines = build.output
		.split('\n')
		.filter((line) => line.includes('eksporten har ingen filer'));
	expect(lines).toHaveLength(1);
	expect(lines[0]).toContain('nettstedet får ingen bilder, intet standard delingsbilde (og:image)');
	expect(build.output).not.toMatch(/mangler filen/);
});

test('the pages are there, without images and without og:image', async () => {
	const files = await listFiles(join(dir, 'dist'));
	expect(files).toContain('nyheter/god-sommer-2023/index.html');
	expect(files.filter((f) => f.startsWith('bilder/') || f.startsWith('vedlegg/'))).toEqual([]);
	const page = await readPage(join(dir, 'dist'), '/nyheter/god-sommer-2023/');
	expect(page.querySelector('meta[property="og:image"]')).toBeNull();
	expect(page.querySelectorAll('article img')).toHaveLength(0);
});

test('the report written beside the build carries the same line', async () => {
	const report = await readFile(join(build.reportDir, 'content.json'), 'utf8');
	expect(report).toContain('eksporten har ingen filer');
});
