import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countIndexedPages, indexSite } from '../../../src/site/search-index.ts';
import { groupByYear, searchSets } from '../../../src/site/search-sets.ts';

let dir = '';
const page = (body: string, published?: string) =>
	`<!doctype html><html lang="nb"><head><title>x</title>${
		published ? `<meta property="article:published_time" content="${published}">` : ''
	}</head><body>${body}</body></html>`;
const post = (title: string) =>
	`<article data-pagefind-body><h1>${title}</h1><p>Debattheftet.</p><span data-pagefind-filter="Kommune:Skaun"></span></article>`;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ks-pagefind-'));
	const posts = { a: '2021-03-01T10:00:00Z', b: '2020-12-11T09:11:45Z', c: '2021-06-01T10:00:00Z' };
	for (const [slug, published] of Object.entries(posts)) {
		await mkdir(join(dir, 'nyheter', slug), { recursive: true });
		await writeFile(join(dir, 'nyheter', slug, 'index.html'), page(post(slug), published));
	}
	await mkdir(join(dir, 'tema'), { recursive: true });
	await writeFile(join(dir, 'tema', 'index.html'), page('<h1>Tema</h1><p>Debattheftet.</p>'));
}, 30_000);
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('search sets', () => {
	test('whole years, newest first, at most `max` pages a set unless one year has more', () => {
		const byYear = new Map([
			[2019, ['x1']],
			[2021, ['a1', 'a2']],
			[2020, ['b1', 'b2', 'b3', 'b4']],
			[2018, ['y1']],
		]);
		expect(groupByYear(byYear, 3)).toEqual([
			{ name: '2021', pages: ['a1', 'a2'] },
			{ name: '2020', pages: ['b1', 'b2', 'b3', 'b4'] },
			{ name: '2018-2019', pages: ['x1', 'y1'] },
		]);
		expect(groupByYear(byYear).map((s) => s.name)).toEqual(['2018-2021']);
	});

	test("a post page's year comes from its article:published_time", async () => {
		const sets = await searchSets(dir, ['nyheter']);
		expect(sets).toHaveLength(1);
		expect(sets[0]!.name).toBe('2020-2021');
		expect(sets[0]!.pages.sort()).toEqual(['a', 'b', 'c'].map((s) => `nyheter/${s}/index.html`));
	});
});

describe('indexSite', () => {
	test('indexes only the post pages, in their language, and lists the indexes for /sok/', async () => {
		const result = await indexSite(dir);
		expect(result).toMatchObject({ pages: 3, indexes: 1 });
		expect(result.seconds).toBeGreaterThan(0);
		const list = JSON.parse(await readFile(join(dir, 'pagefind', 'indexes.json'), 'utf8'));
		expect(list).toEqual({ indexes: ['2020-2021/'] });
		const index = join(dir, 'pagefind', '2020-2021');
		const entry = JSON.parse(await readFile(join(index, 'pagefind-entry.json'), 'utf8'));
		expect(Object.keys(entry.languages)).toEqual(['nb']);
		expect(entry.languages.nb.page_count).toBe(3);
		await expect(readFile(join(index, 'pagefind.js'))).resolves.toBeTruthy();
		expect(await countIndexedPages(dir)).toBe(3);
		// The pass's scratch folder of links is gone.
		expect(
			(await readdir(join(dir, '..'))).filter((f) => f.startsWith(`${dir.split('/').pop()}.sok-`)),
		).toEqual([]);
	});

	test('a site larger than one index gets one per set, each from its own pass, all listed', async () => {
		const result = await indexSite(dir, 2);
		expect(result).toMatchObject({ pages: 3, indexes: 2 });
		const list = JSON.parse(await readFile(join(dir, 'pagefind', 'indexes.json'), 'utf8'));
		expect(list).toEqual({ indexes: ['2021/', '2020/'] });
		expect(await readdir(join(dir, 'pagefind'))).toEqual(['2020', '2021', 'indexes.json']);
		expect(await countIndexedPages(dir)).toBe(3);
	});
});
