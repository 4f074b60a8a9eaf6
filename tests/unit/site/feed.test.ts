import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { buildRss, feedItemHtml, rssResponse } from '../../../src/site/feed.ts';
import { buildStore, type Store } from '../../../src/content/store.ts';
import { readDataset } from '../../../src/sanity/dataset.ts';
import { createLocalSource } from '../../../src/sanity/local-source.ts';
import { parseSrcset } from '../../helpers/srcset.ts';
import { findAll, parseXmlStrict } from '../../helpers/xml.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const NOW = new Date('2026-11-25T12:00:00Z');
const SITE = 'https://trondelag.example.no';

type Item = Parser.Item & {
	'content:encoded': string;
	enclosure?: { url: string; length?: string; type?: string };
};
const parser = new Parser<Record<string, unknown>, Item>({
	customFields: { item: ['content:encoded'] },
});

let cache: string;
let store: Store;
let xml: string;
let feed: Parser.Output<Item> & { feedUrl?: string; language?: string };
const item = (slug: string) => {
	const found = feed.items.find((i) => i.link === `${SITE}/nyheter/${slug}/`);
	if (!found) throw new Error(`no item for ${slug}`);
	return found;
};

// Encoding share images takes seconds, more on a busy machine: a generous limit, not a timing claim.
beforeAll(async () => {
	// Share images are encoded on demand; keep them out of the build's image cache.
	cache = await mkdtemp(join(tmpdir(), 'ks-feed-cache-'));
	vi.stubEnv('IMAGE_CACHE_DIR', cache);
	store = await buildStore(
		createLocalSource(await readDataset(join(ROOT, 'sanity-studio/seed/production'))),
		{ now: NOW },
	);
	xml = await buildRss({
		title: 'KS Trøndelag – nyheter',
		description: 'Nyheter fra KS Trøndelag',
		path: '/rss.xml',
		pagePath: '/',
		posts: store.posts,
		settings: store.settings,
	});
	parseXmlStrict(xml);
	feed = await parser.parseString(xml);
}, 120_000);
afterAll(async () => {
	vi.unstubAllEnvs();
	await rm(cache, { recursive: true, force: true });
});

describe('buildRss', () => {
	test('describes the channel: title, description, site link, language nb and an atom self link', () => {
		expect(feed).toMatchObject({
			title: 'KS Trøndelag – nyheter',
			description: 'Nyheter fra KS Trøndelag',
			link: `${SITE}/`,
			language: 'nb',
			feedUrl: `${SITE}/rss.xml`,
		});
		expect(xml).toMatch(
			/<atom:link href="https:\/\/trondelag\.example\.no\/rss\.xml" rel="self" type="application\/rss\+xml"\/>/,
		);
	});

	test('has one item per published post, newest first, without drafts or future posts', () => {
		expect(feed.items.map((i) => i.link)).toEqual(
			store.posts.map((p) => `${SITE}/nyheter/${p.slug}/`),
		);
		expect(xml).not.toContain('UTKAST');
		expect(xml).not.toContain('PLANLAGT');
		expect(xml).not.toContain('sommerhilsen-2099');
	});

	test('uses the permalink as guid', () => {
		for (const i of feed.items) expect(i.guid).toBe(i.link);
		expect(xml).toContain(`<guid isPermaLink="true">${SITE}/nyheter/god-sommer-2023/</guid>`);
	});

	test('gives each item its title, excerpt as description, date and topics as categories', () => {
		const greeting = item('god-sommer-2023');
		const post = store.posts.find((p) => p.slug === 'god-sommer-2023')!;
		expect(greeting.title).toBe('God sommer fra KS Trøndelag');
		expect(greeting.contentSnippet).toBe(post.excerpt);
		expect(new Date(greeting.pubDate!).toISOString()).toBe('2023-06-23T08:00:00.000Z');
		expect(greeting.categories).toEqual(post.topics.map((tp) => tp.title));
		expect(greeting.categories).toContain('Århuskompasset');
	});

	test('puts the full body with the main image in content:encoded, with absolute URLs only', () => {
		const html = item('god-sommer-2023')['content:encoded'];
		const root = parseHtml(html);
		expect(root.querySelectorAll('figure')).toHaveLength(2);
		expect(root.querySelector('figcaption')?.textContent).toContain('Foto: KS');
		expect(root.querySelectorAll('h2').length).toBeGreaterThan(0);
		const urls = root
			.querySelectorAll('[href], [src], [srcset]')
			.flatMap((el) => [
				el.getAttribute('href'),
				el.getAttribute('src'),
				...parseSrcset(el.getAttribute('srcset') ?? '').map((c) => c.url),
			]);
		const present = urls.filter((u): u is string => !!u);
		expect(present.length).toBeGreaterThan(3);
		for (const url of present) expect(url).toMatch(/^(https?:\/\/|mailto:|tel:)/);
		expect(present.some((u) => u.startsWith(`${SITE}/`))).toBe(true);
	});

	test('links attachments absolutely in content:encoded', () => {
		const links = parseHtml(item('debattheftet-2021')['content:encoded']).querySelectorAll(
			'a.attachment__link',
		);
		expect(links.map((a) => a.getAttribute('href'))).toEqual([
			expect.stringMatching(new RegExp(`^${SITE}/vedlegg/[a-f0-9]{40}/[a-z0-9-]+\\.pdf$`)),
			expect.stringMatching(new RegExp(`^${SITE}/vedlegg/[a-f0-9]{40}/[a-z0-9-]+\\.docx$`)),
		]);
	});

	test('attaches the main image as an enclosure with an absolute URL, length and type', () => {
		const { enclosure } = item('god-sommer-2023');
		expect(enclosure?.url).toMatch(new RegExp(`^${SITE}/`));
		expect(enclosure?.type).toBe('image/jpeg');
		expect(Number(enclosure?.length)).toBeGreaterThan(0);
	});

	test("encloses the site's default share image for a post without an image of its own", () => {
		expect(store.posts.find((p) => p.slug === 'debattheftet-2021')?.mainImage).toBeNull();
		expect(item('debattheftet-2021').enclosure).toEqual({
			url: store.settings.share!.url,
			length: String(store.settings.share!.bytes),
			type: 'image/jpeg',
		});
		expect(store.settings.share!.bytes).toBeGreaterThan(0);
	});

	test('has no enclosure when neither the post nor the site has an image', async () => {
		const post = store.posts.find((p) => p.slug === 'debattheftet-2021')!;
		const xml = await buildRss({
			title: 'T',
			description: 'D',
			path: '/rss.xml',
			pagePath: '/',
			posts: [{ ...post, share: null }],
			settings: { ...store.settings, share: null },
		});
		expect((await parser.parseString(xml)).items[0]!.enclosure).toBeUndefined();
	});

	test('writes an empty but valid feed for no posts', async () => {
		const empty = await parser.parseString(
			await buildRss({
				title: 'T',
				description: 'D',
				path: '/tema/x/rss.xml',
				pagePath: '/tema/x/',
				posts: [],
				settings: store.settings,
			}),
		);
		expect(empty.items).toEqual([]);
		expect(empty.link).toBe(`${SITE}/tema/x/`);
	});
});

describe('feedItemHtml', () => {
	test('puts the main image before the body', () => {
		const post = store.posts.find((p) => p.slug === 'god-sommer-2023')!;
		const html = feedItemHtml(post, SITE);
		expect(html.indexOf('<figure')).toBe(0);
		expect(html).toContain('Regiondirektør');
	});

	test('renders the body with absolute URLs once per post and leaves the page HTML site-relative', () => {
		const post = store.posts.find((p) => p.slug === 'debattheftet-2021')!;
		const html = feedItemHtml(post, SITE);
		expect(html).toBe(feedItemHtml(post, SITE));
		expect(html).toContain(`href="${SITE}/vedlegg/`);
		expect(post.bodyHtml).toContain('href="/vedlegg/');
	});
});

describe('buildRss with plain text that looks like HTML', () => {
	test('escapes the excerpt as text inside <description>: readers show it, never run it', async () => {
		const post = store.posts[0]!;
		const excerpt = 'Høringen <frist 1. mars> og <img src=x onerror=alert(1)> ]]> slutt';
		const xml = await buildRss({
			title: 'T',
			description: 'Om <oss>',
			path: '/rss.xml',
			pagePath: '/',
			posts: [{ ...post, excerpt }],
			settings: store.settings,
		});
		const root = parseXmlStrict(xml);
		const [item] = findAll(root, 'item');
		const description = item!.children.find((c) => c.name === 'description')!.text;
		const shown = parseHtml(`<div>${description}</div>`);
		expect(shown.querySelector('img')).toBeNull();
		expect(shown.text).toBe(excerpt);
	});
});

describe('rssResponse', () => {
	test('serves the feed as RSS in UTF-8', async () => {
		const response = rssResponse('<rss/>');
		expect(response.headers.get('Content-Type')).toBe('application/rss+xml; charset=utf-8');
		expect(await response.text()).toBe('<rss/>');
	});
});
