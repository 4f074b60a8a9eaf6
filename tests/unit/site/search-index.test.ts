import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { indexSite } from '../../../src/site/search-index.ts';

let dir = '';
const page = (body: string) =>
	`<!doctype html><html lang="nb"><head><title>x</title></head><body>${body}</body></html>`;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ks-pagefind-'));
	await mkdir(join(dir, 'nyheter', 'a'), { recursive: true });
	await mkdir(join(dir, 'tema'), { recursive: true });
	await writeFile(
		join(dir, 'nyheter', 'a', 'index.html'),
		page(
			'<article data-pagefind-body><h1>Kommunene</h1><p>Debattheftet.</p><span data-pagefind-filter="Kommune:Skaun"></span></article>',
		),
	);
	await writeFile(join(dir, 'tema', 'index.html'), page('<h1>Tema</h1><p>Debattheftet.</p>'));
}, 30_000);
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('indexSite', () => {
	test('indexes only pages with data-pagefind-body, in their language, into pagefind/', async () => {
		const result = await indexSite(dir);
		expect(result.pages).toBe(1);
		expect(result.seconds).toBeGreaterThan(0);
		const entry = JSON.parse(await readFile(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
		expect(Object.keys(entry.languages)).toEqual(['nb']);
		expect(entry.languages.nb.page_count).toBe(1);
		await expect(readFile(join(dir, 'pagefind', 'pagefind.js'))).resolves.toBeTruthy();
	});
});
