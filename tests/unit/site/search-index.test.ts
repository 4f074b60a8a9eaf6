import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countIndexedPages, indexSite, SET_KEYS } from '../../../src/site/search-index.ts';
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
		const result = await indexSite(dir, { maxPages: 2 });
		expect(result).toMatchObject({ pages: 3, indexes: 2 });
		const list = JSON.parse(await readFile(join(dir, 'pagefind', 'indexes.json'), 'utf8'));
		expect(list).toEqual({ indexes: ['2021/', '2020/'] });
		expect(await readdir(join(dir, 'pagefind'))).toEqual([
			'2020',
			'2021',
			'indexes.json',
			SET_KEYS,
		]);
		expect(await countIndexedPages(dir)).toBe(3);
	});
});

describe('a rebuild reuses the indexes of unchanged sets', () => {
	// Two builds with the 2021 set unchanged and one 2020 post edited; sets of at most 2 pages.
	let previous = '';
	let next = '';
	const inode = async (file: string) => (await stat(file)).ino;
	const fragments = (build: string, set: string) =>
		readdir(join(build, 'pagefind', set, 'fragment'));

	beforeAll(async () => {
		previous = await mkdtemp(join(tmpdir(), 'ks-pagefind-prev-'));
		next = await mkdtemp(join(tmpdir(), 'ks-pagefind-next-'));
		await cp(join(dir, 'nyheter'), join(previous, 'nyheter'), { recursive: true });
		await cp(join(dir, 'nyheter'), join(next, 'nyheter'), { recursive: true });
		await writeFile(
			join(next, 'nyheter', 'b', 'index.html'),
			page(post('b, rettet'), '2020-12-11T09:11:45Z'),
		);
		expect(await indexSite(previous, { maxPages: 2 })).toMatchObject({ indexes: 2, reused: 0 });
	}, 60_000);
	afterAll(async () => {
		for (const folder of [previous, next]) await rm(folder, { recursive: true, force: true });
	});

	test('the unchanged set is linked from the previous build, the changed one indexed anew', async () => {
		const result = await indexSite(next, { maxPages: 2, previous });
		expect(result).toMatchObject({ pages: 3, indexes: 2, reused: 1 });
		const entry = (build: string, set: string) =>
			join(build, 'pagefind', set, 'pagefind-entry.json');
		expect(await inode(entry(next, '2021'))).toBe(await inode(entry(previous, '2021')));
		expect(await fragments(next, '2021')).toEqual(await fragments(previous, '2021'));
		expect(await inode(entry(next, '2020'))).not.toBe(await inode(entry(previous, '2020')));
		expect(await fragments(next, '2020')).not.toEqual(await fragments(previous, '2020'));
		expect(await countIndexedPages(next)).toBe(3);
		const keys = JSON.parse(await readFile(join(next, 'pagefind', SET_KEYS), 'utf8'));
		const old = JSON.parse(await readFile(join(previous, 'pagefind', SET_KEYS), 'utf8'));
		expect(Object.keys(keys).sort()).toEqual(['2020', '2021']);
		expect(keys['2021']).toBe(old['2021']);
		expect(keys['2020']).not.toBe(old['2020']);
	}, 60_000);

	test('a previous build without keys, or missing the index its key names, is indexed anew', async () => {
		const keysFile = join(previous, 'pagefind', SET_KEYS);
		const saved = await readFile(keysFile, 'utf8');
		await rm(keysFile);
		expect(await indexSite(next, { maxPages: 2, previous })).toMatchObject({ reused: 0 });
		await writeFile(keysFile, saved);
		await rm(join(previous, 'pagefind', '2021'), { recursive: true });
		const result = await indexSite(next, { maxPages: 2, previous });
		expect(result).toMatchObject({ pages: 3, indexes: 2, reused: 0 });
		expect(await countIndexedPages(next)).toBe(3);
	}, 60_000);

	test("a set's key changes with a page's bytes, its path, or the salt", async () => {
		const { setKey } = await import('../../../src/site/search-sets.ts');
		const digests = new Map([
			['nyheter/a/index.html', '1'],
			['nyheter/b/index.html', '2'],
		]);
		const pages = [...digests.keys()];
		const key = setKey(pages, digests, 'v1');
		expect(setKey([...pages].reverse(), digests, 'v1')).toBe(key);
		expect(setKey(pages, new Map([...digests, ['nyheter/b/index.html', '3']]), 'v1')).not.toBe(key);
		expect(setKey(['nyheter/a/index.html', 'nyheter/c/index.html'], digests, 'v1')).not.toBe(key);
		expect(setKey(pages, digests, 'v2')).not.toBe(key);
	});
});
