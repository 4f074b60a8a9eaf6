import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import type { Feed } from '../../../../src/site/feeds/feeds.ts';
import { feedItemHtml } from '../../../../src/site/feeds/item.ts';
import { buildRss, lastChange } from '../../../../src/site/feeds/rss.ts';
import { parseRss } from '../../../helpers/feeds.ts';
import { logoImages, makePost, paragraph, settings, share, SITE } from '../../../helpers/posts.ts';
import { child, childrenNamed, childText } from '../../../helpers/xml.ts';

const NOW = new Date('2026-11-25T12:00:00Z');
const feed = (posts: Feed['posts'], fields: Partial<Feed> = {}): Feed => ({
	id: 'test',
	group: 'topic',
	path: '/tema/samskaping/rss.xml',
	title: 'Samskaping – KS Trøndelag – nyheter',
	description: 'Nyheter om samskaping.',
	pagePath: '/tema/samskaping/',
	label: 'Samskaping',
	posts,
	...fields,
});
const hostile = 'A & B <script>alert(1)</script> ]]> "quoted" \'single\'';

describe('buildRss', () => {
	test('describes the channel: link to its page, atom self link, language nb, ttl', async () => {
		const { channel } = await parseRss(buildRss(feed([makePost('a')]), { settings, now: NOW }));
		expect(childText(channel, 'title')).toBe('Samskaping – KS Trøndelag – nyheter');
		expect(childText(channel, 'link')).toBe(`${SITE}/tema/samskaping/`);
		expect(childText(channel, 'language')).toBe('nb');
		expect(child(channel, 'atom:link')?.attributes).toMatchObject({
			href: `${SITE}/tema/samskaping/rss.xml`,
			rel: 'self',
			type: 'application/rss+xml',
		});
	});

	test('says when the content last changed (lastBuildDate), not when the build ran', async () => {
		const posts = [
			makePost('new', { publishedAt: '2024-02-01T08:00:00Z' }),
			makePost('edited', {
				publishedAt: '2023-01-01T08:00:00Z',
				updatedAt: '2024-03-05T10:00:00Z',
			}),
		];
		const { channel } = await parseRss(buildRss(feed(posts), { settings, now: NOW }));
		expect(childText(channel, 'lastBuildDate')).toBe('Tue, 05 Mar 2024 10:00:00 GMT');
		expect(childText(channel, 'pubDate')).toBe('Thu, 01 Feb 2024 08:00:00 GMT');
		expect(lastChange([], NOW)).toBe(NOW);
	});

	test('names the logo as channel image when the settings have one, and no image otherwise', async () => {
		const logo = { url: `${SITE}/bilder/logo-144x144.png`, width: 144, height: 144 };
		const withLogo = await parseRss(
			buildRss(feed([]), { settings: { ...settings, logoImages }, now: NOW }),
		);
		expect(childText(child(withLogo.channel, 'image')!, 'url')).toBe(logo.url);
		expect(childText(child(withLogo.channel, 'image')!, 'link')).toBe(`${SITE}/tema/samskaping/`);
		const without = await parseRss(buildRss(feed([]), { settings, now: NOW }));
		expect(child(without.channel, 'image')).toBeUndefined();
	});

	test('escapes hostile plain text in title, description, categories, contact and media texts', async () => {
		const post = makePost('x', {
			title: hostile,
			excerpt: hostile,
			topics: [{ _id: 't', title: hostile, slug: 't' }],
			contact: { _id: 'p', name: hostile, role: null, email: null, phone: null, portrait: null },
			share: share('x', { caption: hostile, alt: hostile, credit: hostile }),
		});
		const { items } = await parseRss(buildRss(feed([post]), { settings, now: NOW }));
		const item = items[0]!;
		expect(childText(item, 'title')).toBe(hostile.trim());
		// <description> is HTML to readers: the plain text is escaped, so it shows as written.
		expect(parseHtml(`<div>${childText(item, 'description')}</div>`).text.trim()).toBe(
			hostile.trim(),
		);
		expect(childText(item, 'category')).toBe(hostile.trim());
		expect(childText(item, 'dc:creator')).toBe(hostile.trim());
		const media = child(item, 'media:content')!;
		expect(childText(media, 'media:title')).toBe(hostile.trim());
		expect(child(media, 'media:title')?.attributes.type).toBe('plain');
		expect(childText(media, 'media:description')).toBe(hostile.trim());
		expect(childText(media, 'media:credit')).toBe(hostile.trim());
	});

	test('keeps the full HTML in content:encoded, even when the text holds "]]>"', async () => {
		const post = makePost('x', {
			bodyBlocks: paragraph('Slutt på CDATA: ]]> og ', { text: 'lenke', href: '/tema/x/' }),
		});
		const html = feedItemHtml(post, SITE);
		expect(html).toContain(`href="${SITE}/tema/x/"`);
		const { items, rssParser } = await parseRss(buildRss(feed([post]), { settings, now: NOW }));
		expect(childText(items[0]!, 'content:encoded')).toBe(html);
		expect(rssParser.items[0]!['content:encoded']).toBe(html);
		expect(parseHtml(html).text).toBe('Slutt på CDATA: ]]> og lenke');
	});

	test('encloses the share image and leaves out enclosure and media:content without one', async () => {
		const { items } = await parseRss(
			buildRss(feed([makePost('with', { share: share('with') }), makePost('without')]), {
				settings,
				now: NOW,
			}),
		);
		expect(child(items[0]!, 'enclosure')?.attributes).toEqual({
			url: `${SITE}/bilder/with-1200x630-0123456789.jpg`,
			length: '20000',
			type: 'image/jpeg',
		});
		expect(child(items[0]!, 'media:content')?.attributes.fileSize).toBe('20000');
		expect(child(items[1]!, 'enclosure')).toBeUndefined();
		expect(child(items[1]!, 'media:content')).toBeUndefined();
	});

	test('lets a feed override the description and use a non-permalink guid (the Facebook feed)', async () => {
		const posts = [makePost('a'), makePost('b')];
		const overridden = feed(posts, {
			options: {
				item: (post) => ({
					description: `Facebook: ${post.title}`,
					guid: { value: post._id, isPermaLink: false },
				}),
			},
		});
		const { items } = await parseRss(buildRss(overridden, { settings, now: NOW }));
		expect(items.map((i) => childText(i, 'description'))).toEqual([
			'Facebook: Sak a',
			'Facebook: Sak b',
		]);
		expect(items.map((i) => [childText(i, 'guid'), child(i, 'guid')?.attributes])).toEqual([
			['post-a', { isPermaLink: 'false' }],
			['post-b', { isPermaLink: 'false' }],
		]);
		const plain = await parseRss(buildRss(feed(posts), { settings, now: NOW }));
		const [guid] = childrenNamed(plain.items[0]!, 'guid');
		expect(guid?.attributes.isPermaLink).toBe('false');
		expect(childText(plain.items[0]!, 'guid')).toBe(`tag:ks.no,2026:trondelag/${posts[0]!._id}`);
	});
});
