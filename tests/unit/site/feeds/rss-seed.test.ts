import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildStore, type Store } from '../../../../src/content/store.ts';
import { readDataset } from '../../../../src/sanity/dataset.ts';
import { createLocalSource } from '../../../../src/sanity/local-source.ts';
import { mainFeed, type Feed } from '../../../../src/site/feeds/feeds.ts';
import { feedItemHtml } from '../../../../src/site/feeds/item.ts';
import { buildRss, rssResponse } from '../../../../src/site/feeds/rss.ts';
import { resetBuildState } from '../../../../src/build-state.ts';
import { readConfig } from '../../../../src/config.ts';
import { parseRss } from '../../../helpers/feeds.ts';
import { parseSrcset } from '../../../helpers/srcset.ts';
import { child, childText, findAll, parseXmlStrict } from '../../../helpers/xml.ts';

/** The main RSS feed of the seed dataset, read through the real store (share images encoded). */

const ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');
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
const rss = (feed: Feed, settings = store.settings) => buildRss(feed, { settings, now: NOW });
const feedOf = (posts: Feed['posts'], path = '/rss.xml', pagePath = '/'): Feed => ({
	...mainFeed(posts, store.settings),
	title: 'T',
	description: 'D',
	path,
	pagePath,
});
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
	resetBuildState(readConfig({ IMAGE_CACHE_DIR: cache }));
	store = await buildStore(
		createLocalSource(await readDataset(join(ROOT, 'sanity-studio/seed/production'))),
		{ now: NOW },
	);
	xml = rss({ ...mainFeed(store.posts, store.settings), description: 'Nyheter fra KS Trøndelag' });
	parseXmlStrict(xml);
	feed = await parser.parseString(xml);
}, 120_000);
afterAll(async () => {
	resetBuildState(readConfig({}));
	await rm(cache, { recursive: true, force: true });
});

describe('buildRss over the seed', () => {
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

	test('is well-formed XML that two feed parsers read alike', async () => {
		const parsed = await parseRss(xml);
		expect(parsed.links).toHaveLength(store.posts.length);
		expect(parsed.extractor.title).toBe('KS Trøndelag – nyheter');
	});

	test('gives each item the share image as media:content with its size, alt text and credit', async () => {
		const { items } = await parseRss(xml);
		const summer = items.find((i) => childText(i, 'link').endsWith('/god-sommer-2023/'))!;
		const media = child(summer, 'media:content')!;
		const post = store.posts.find((p) => p.slug === 'god-sommer-2023')!;
		expect(media.attributes).toMatchObject({
			url: post.share!.url,
			type: 'image/jpeg',
			medium: 'image',
			width: '1200',
			height: '630',
		});
		expect(childText(media, 'media:description')).toBe(post.share!.alt);
		expect(childText(media, 'media:credit')).toBe('KS');
	});

	test('has one item per published post, newest first, without drafts or future posts', () => {
		expect(feed.items.map((i) => i.link)).toEqual(
			store.posts.map((p) => `${SITE}/nyheter/${p.slug}/`),
		);
		expect(xml).not.toContain('UTKAST');
		expect(xml).not.toContain('PLANLAGT');
		expect(xml).not.toContain('sommerhilsen-2099');
	});

	test('gives every item a permanent guid from its _id, not the permalink (a new slug re-announces nothing)', () => {
		for (const i of feed.items) expect(i.guid).toMatch(/^tag:ks\.no,2026:trondelag\/post-/);
		expect(xml).toContain(
			'<guid isPermaLink="false">tag:ks.no,2026:trondelag/post-god-sommer-2023</guid>',
		);
		expect(xml).not.toContain('isPermaLink="true"');
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
			expect.stringMatching(new RegExp(`^${SITE}/vedlegg/[a-f0-9]{16}/[a-z0-9-]+\\.pdf$`)),
			expect.stringMatching(new RegExp(`^${SITE}/vedlegg/[a-f0-9]{16}/[a-z0-9-]+\\.docx$`)),
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
		const xml = rss(feedOf([{ ...post, share: null }]), { ...store.settings, share: null });
		expect((await parser.parseString(xml)).items[0]!.enclosure).toBeUndefined();
		expect(xml).not.toContain('media:content');
	});

	test('writes an empty but valid feed for no posts', async () => {
		const text = rss(feedOf([], '/tema/x/rss.xml', '/tema/x/'));
		const empty = await parser.parseString(text);
		expect(empty.items).toEqual([]);
		expect((await parseRss(text)).links).toEqual([]);
		expect(text).toContain(`<lastBuildDate>${NOW.toUTCString()}</lastBuildDate>`);
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
	test('escapes the excerpt as text inside <description>: readers show it, never run it', () => {
		const post = store.posts[0]!;
		const excerpt = 'Høringen <frist 1. mars> og <img src=x onerror=alert(1)> ]]> slutt';
		const xml = rss({ ...feedOf([{ ...post, excerpt }]), description: 'Om <oss>' });
		const root = parseXmlStrict(xml);
		const [item] = findAll(root, 'item');
		const description = item!.children.find((c) => c.name === 'description')!.text;
		const shown = parseHtml(`<div>${description}</div>`);
		expect(shown.querySelector('img')).toBeNull();
		expect(shown.text).toBe(excerpt);
		const channel = findAll(root, 'channel')[0]!;
		expect(parseHtml(`<div>${childText(channel, 'description')}</div>`).text).toBe('Om <oss>');
	});
});

describe('rssResponse', () => {
	test('serves the feed as RSS in UTF-8', async () => {
		const response = rssResponse('<rss/>');
		expect(response.headers.get('Content-Type')).toBe('application/rss+xml; charset=utf-8');
		expect(await response.text()).toBe('<rss/>');
	});
});
