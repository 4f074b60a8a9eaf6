/**
 * Language in the seed build (tests/build/setup.ts): a nynorsk post is `lang="nn"` on its article,
 * its e-mail edition and its feed items while the pages, the feeds and the labels stay bokmål;
 * parts marked with the `lang` annotation are `<span lang>`; search keeps one index; the content
 * report carries each post's readability counts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { parseRss } from '../helpers/feeds.ts';
import { childrenNamed, childText } from '../helpers/xml.ts';

const build = inject('seedBuild');
const NYNORSK = '/nyheter/velkomne-nye-ordforarar-2023/';
const NYNORSK_TITLE = 'Velkomne, nye ordførarar – vi møtest på Arena Trøndelag';
const read = (file: string) => readFile(join(build.outDir, file), 'utf8');

describe('a nynorsk post', () => {
	test('is lang="nn" on its article in a bokmål page, with the site’s labels marked bokmål', async () => {
		const page = await readPage(build.outDir, NYNORSK);
		expect(page.querySelector('html')?.getAttribute('lang')).toBe('nb');
		const article = page.querySelector('article.article')!;
		expect(article.getAttribute('lang')).toBe('nn');
		expect(article.querySelector('h1')?.textContent).toBe(NYNORSK_TITLE);
		expect(article.querySelector('h1')?.getAttribute('lang')).toBeUndefined();
		// «Nyhet», «Publisert 2. oktober 2023», the topics: the site's bokmål, marked as such.
		for (const selector of ['.article__kind', '.article__meta', '.article__footer'])
			expect(article.querySelector(selector)?.getAttribute('lang'), selector).toBe('nb');
		expect(article.querySelector('.article__meta')?.textContent).toContain('2. oktober 2023');
		// The breadcrumb's last step is the nynorsk title.
		expect(page.querySelector('.breadcrumb [aria-current="page"]')?.getAttribute('lang')).toBe(
			'nn',
		);
	});

	test('a bokmål post’s article is lang="nb" and marks nothing else bokmål', async () => {
		const article = (await readPage(build.outDir, '/nyheter/god-sommer-2023/')).querySelector(
			'article.article',
		)!;
		expect(article.getAttribute('lang')).toBe('nb');
		expect(article.querySelectorAll('[lang]')).toHaveLength(0);
	});

	test('is marked where bokmål lists show its title and ingress', async () => {
		const list = await readPage(build.outDir, '/tema/arena-trondelag/');
		const card = list
			.querySelectorAll('.post-card')
			.find((c) => c.querySelector('.post-card__title')?.textContent.trim() === NYNORSK_TITLE);
		expect(card?.querySelector('.post-card__title')?.getAttribute('lang')).toBe('nn');
		expect(card?.querySelector('.post-card__excerpt')?.getAttribute('lang')).toBe('nn');
		expect(card?.querySelector('.post-card__meta')?.getAttribute('lang')).toBeUndefined();
	});

	test('its e-mail edition is bokmål with the post’s own text marked nynorsk', async () => {
		const email = parse(await read('nyheter/velkomne-nye-ordforarar-2023/epost.html'));
		expect(email.querySelector('html')?.getAttribute('lang')).toBe('nb');
		const h1 = email.querySelector('h1');
		expect([h1?.getAttribute('lang'), h1?.textContent]).toEqual(['nn', NYNORSK_TITLE]);
		const body = email.querySelectorAll('[lang="nn"]').map((el) => el.textContent);
		expect(body.join(' ')).toContain('Vi snakkar om kva som ventar i den nye perioden.');
	});

	test('its JSON Feed item says language "nn"; the feed and the other items are "nb"', async () => {
		const feed = JSON.parse(await read('feed.json')) as {
			language: string;
			items: Array<{ url: string; language: string; content_html: string }>;
		};
		expect(feed.language).toBe('nb');
		const item = feed.items.find((i) => i.url.endsWith(NYNORSK))!;
		expect(item.language).toBe('nn');
		expect(item.content_html).toMatch(/^<div lang="nn">/);
		const others = feed.items.filter((i) => i !== item);
		expect(others.length).toBeGreaterThan(5);
		expect(new Set(others.map((i) => i.language))).toEqual(new Set(['nb']));
	});

	test('the RSS channel stays "nb"; the nynorsk item’s content carries lang="nn"', async () => {
		const rss = await parseRss(await read('rss.xml'));
		expect(childText(rss.channel, 'language')).toBe('nb');
		const item = rss.items.find((i) => childText(i, 'link').endsWith(NYNORSK))!;
		expect(childText(item, 'content:encoded')).toMatch(/^<div lang="nn">[\s\S]*<\/div>$/);
		const bokmal = rss.items.find((i) => childText(i, 'link').endsWith('/god-sommer-2023/'))!;
		expect(childText(bokmal, 'content:encoded')).not.toContain('<div lang=');
		expect(childrenNamed(rss.channel, 'item').length).toBe(rss.items.length);
	});
});

describe('parts in another language', () => {
	test.each([
		['/nyheter/folkevalgtprogrammet-2023/', 'nn', NYNORSK_TITLE],
		['/nyheter/samskaping-i-praksis-2024/', 'en', 'Trust and Public Policy'],
	])('%s marks «%s» text as <span lang>', async (path, lang, text) => {
		const spans = (await readPage(build.outDir, path)).querySelectorAll(
			`article .prose span[lang="${lang}"]`,
		);
		expect(spans.map((s) => s.textContent)).toEqual([text]);
	});

	test('the marked quote keeps its lang in the feeds', async () => {
		const feed = JSON.parse(await read('feed.json')) as {
			items: Array<{ url: string; language: string; content_html: string }>;
		};
		const item = feed.items.find((i) => i.url.endsWith('/folkevalgtprogrammet-2023/'))!;
		expect(item.language).toBe('nb');
		expect(item.content_html).toContain(`<span lang="nn">${NYNORSK_TITLE}</span>`);
	});
});

describe('search and report', () => {
	test('Pagefind writes one language (nb) for both written standards, in every index', async () => {
		const { indexes } = JSON.parse(await read('pagefind/indexes.json')) as { indexes: string[] };
		expect(indexes.length).toBeGreaterThan(0);
		for (const name of indexes) {
			const entry = JSON.parse(await read(`pagefind/${name}pagefind-entry.json`)) as {
				languages: Record<string, unknown>;
			};
			expect(Object.keys(entry.languages), name).toEqual(['nb']);
		}
	});

	test('reports/content.json gives each published post its LIX and counts', async () => {
		const report = JSON.parse(await readFile(join(build.reportDir, 'content.json'), 'utf8')) as {
			readability: Array<{
				slug: string;
				language: string;
				body: { lix: number; words: number; sentences: number };
			}>;
		};
		const nynorsk = report.readability.find((r) => r.slug === 'velkomne-nye-ordforarar-2023');
		expect(nynorsk).toMatchObject({ language: 'nn', body: { lix: 42 } });
		expect(report.readability.length).toBeGreaterThan(15);
		for (const entry of report.readability) {
			expect(entry.body.words, entry.slug).toBeGreaterThan(0);
			expect(entry.body.lix, entry.slug).toBeGreaterThan(0);
		}
	});
});
