/**
 * Words stay whole (issue 29): in Chromium at 320 px, and at 1280 px with the text at 200 %, no
 * topic or municipality name breaks inside a word (not even at the hyphen of «IA-arbeid»), and no
 * post title breaks inside a word (a line may end after a hard hyphen, never in the middle of
 * «Folkevalgtprogrammet»). The names and titles are read from the seed, so every real one is seen.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { SEED } from '../helpers/seed-pages.ts';
import { useBrowser, visit, type Visit } from './helpers/browser.ts';
import { brokenWords } from './helpers/word-breaks.ts';
import { BROWSER_NOW } from './helpers/clock.ts';

const browser = useBrowser();
type Doc = { _id: string; _type: string; title?: string; name?: string; publishedAt?: string };
const docs = (await readFile(SEED, 'utf8'))
	.split('\n')
	.filter(Boolean)
	.map((line) => JSON.parse(line) as Doc)
	.filter((d) => !d._id.startsWith('drafts.'));
const topics = docs.filter((d) => d._type === 'topic').map((d) => d.title!);
const places = docs.filter((d) => d._type === 'municipality').map((d) => d.name!);
const slugOf = (d: Doc) => (d as unknown as { slug: { current: string } }).slug.current;
/** The five longest titles of published posts: the likeliest to hit a narrow line. */
const longest = docs
	.filter((d) => d._type === 'post' && d.publishedAt! <= BROWSER_NOW)
	.sort((a, b) => b.title!.length - a.title!.length)
	.slice(0, 5);

const VIEWS = [
	{ name: '320 px', options: { viewport: { width: 320, height: 800 } }, zoom: false },
	{ name: '1280 px at 200 % text', options: {}, zoom: true },
];

async function open(path: string, view: (typeof VIEWS)[number]): Promise<Visit> {
	const v = await visit(browser(), path, view.options);
	if (view.zoom)
		await v.page.evaluate(() =>
			document.documentElement.style.setProperty('font-size', '200%', 'important'),
		);
	return v;
}

describe.each(VIEWS)('at $name', (view) => {
	test('every topic name stays whole on /tema/, on the front page and after a post', async () => {
		for (const [path, selector] of [
			['/tema/', '.topic-index__title'],
			['/', '.topic-list a'],
			['/nyheter/god-sommer-2023/', '.topic-chips a'],
		] as const) {
			const v = await open(path, view);
			try {
				const shown = await v.page.locator(selector).allTextContents();
				if (path === '/tema/')
					expect(shown.map((s) => s.trim()).sort()).toEqual([...topics].sort());
				expect(shown.length, path).toBeGreaterThan(0);
				expect(await brokenWords(v.page, selector), path).toEqual([]);
			} finally {
				await v.close();
			}
		}
	});

	test('every municipality name stays whole on /kommuner/', async () => {
		const v = await open('/kommuner/', view);
		try {
			const shown = await v.page.locator('.municipality-list a').allTextContents();
			expect(new Set(shown.map((s) => s.trim()))).toEqual(new Set(places));
			expect(await brokenWords(v.page, '.municipality-list a, .municipality-group h2')).toEqual([]);
		} finally {
			await v.close();
		}
	});

	test('the menu and the longest titles break only between words', async () => {
		expect(longest.length).toBe(5);
		for (const post of longest) {
			const v = await open(`/nyheter/${slugOf(post)}/`, view);
			try {
				expect(await v.page.locator('h1').textContent()).toBe(post.title);
				expect(await brokenWords(v.page, 'h1, .site-nav a, .site-nav summary', 'parts')).toEqual(
					[],
				);
			} finally {
				await v.close();
			}
		}
		const list = await open('/nyheter/', view);
		try {
			expect(await brokenWords(list.page, '.post-card__title', 'parts')).toEqual([]);
		} finally {
			await list.close();
		}
	});
});
