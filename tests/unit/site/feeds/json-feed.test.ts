import { extractFromJson } from '@extractus/feed-extractor';
import { describe, expect, test } from 'vitest';
import type { Feed } from '../../../../src/site/feeds/feeds.ts';
import { buildJsonFeed, jsonFeedResponse } from '../../../../src/site/feeds/json-feed.ts';
import { jsonFeedProblems } from '../../../helpers/feeds.ts';
import { logoImages, makePost, settings, share, SITE } from '../../../helpers/posts.ts';

const feed = (posts: Feed['posts']): Feed => ({
	id: 'alle-nyheter',
	group: 'main',
	path: '/rss.xml',
	title: settings.title,
	description: 'Nyheter fra KS Trøndelag.',
	pagePath: '/',
	label: 'Alle nyheter',
	posts,
});
const posts = [
	makePost('ny', {
		publishedAt: '2024-02-07T08:00:00Z',
		updatedAt: '2024-02-08T09:30:00Z',
		share: share('ny'),
		contact: {
			_id: 'p',
			name: 'Kari Nordvik',
			role: null,
			email: 'kari@example.no',
			phone: null,
			portrait: null,
		},
	}),
	makePost('eldre', { topics: [] }),
];

describe('buildJsonFeed', () => {
	test('has every field JSON Feed 1.1 requires, and the optional ones readers use', async () => {
		const json = buildJsonFeed(feed(posts), settings, '/feed.json');
		expect(jsonFeedProblems(json)).toEqual([]);
		expect(json).toMatchObject({
			version: 'https://jsonfeed.org/version/1.1',
			title: 'KS Trøndelag – nyheter',
			home_page_url: `${SITE}/`,
			feed_url: `${SITE}/feed.json`,
			language: 'nb',
			favicon: `${SITE}/favicon.svg`,
			authors: [{ name: 'KS', url: `${SITE}/` }],
		});
		expect(json).not.toHaveProperty('icon');
	});

	test('gives each item its id, URL, HTML, plain summary, dates, tags, image, author and attachment', () => {
		const [first, second] = buildJsonFeed(feed(posts), settings, '/feed.json').items;
		expect(first).toEqual({
			id: `tag:ks.no,2026:trondelag/${posts[0]!._id}`,
			url: `${SITE}/nyheter/ny/`,
			title: 'Sak ny',
			content_html:
				`<p>Brødtekst med <a class="hashtag" href="${SITE}/tema/samskaping/">lenke</a>.</p>` +
				'<p><strong>Kontaktperson:</strong> Kari Nordvik<br>' +
				'E-post: <a href="mailto:kari@example.no">kari@example.no</a></p>',
			language: 'nb',
			summary: 'Ingress for ny.',
			image: `${SITE}/bilder/ny-1200x630-0123456789.jpg`,
			date_published: '2024-02-07T08:00:00.000Z',
			date_modified: '2024-02-08T09:30:00.000Z',
			authors: [{ name: 'Kari Nordvik' }],
			tags: ['Samskaping'],
			attachments: [
				{
					url: `${SITE}/bilder/ny-1200x630-0123456789.jpg`,
					mime_type: 'image/jpeg',
					title: 'Kommunedirektørene i Trøndelag.',
					size_in_bytes: 20_000,
				},
			],
		});
		expect(second).not.toHaveProperty('tags');
		expect(second).not.toHaveProperty('image');
		expect(second).not.toHaveProperty('authors');
	});

	test('the icon is the raster logo when the settings have one', () => {
		const logo = { url: `${SITE}/bilder/logo-512x512.png`, width: 512, height: 512 };
		const json = buildJsonFeed(feed([]), { ...settings, logoImages }, '/feed.json');
		expect(json.icon).toBe(logo.url);
		expect(jsonFeedProblems(json)).toEqual([]);
	});

	test('serialises hostile text so that it parses back unchanged, and a JSON feed reader reads it', async () => {
		const hostile = '</script><script>alert(1)</script> "quoted" \\ \u2028';
		const json = buildJsonFeed(
			feed([makePost('x', { title: hostile, excerpt: hostile })]),
			settings,
			'/feed.json',
		);
		const text = await jsonFeedResponse(json).text();
		const back = JSON.parse(text);
		expect(back.items[0].title).toBe(hostile);
		expect(back.items[0].summary).toBe(hostile);
		const read = extractFromJson(text);
		expect(read.entries?.map((e) => e.link)).toEqual([`${SITE}/nyheter/x/`]);
	});

	test('is served as application/feed+json', () => {
		const response = jsonFeedResponse(buildJsonFeed(feed([]), settings, '/feed.json'));
		expect(response.headers.get('Content-Type')).toBe('application/feed+json; charset=utf-8');
	});
});

describe('jsonFeedProblems', () => {
	test('names missing required fields, so the check above can fail', () => {
		expect(
			jsonFeedProblems({ version: 'https://jsonfeed.org/version/1', items: [{ url: 'x' }] }),
		).toEqual(['version', 'title', 'items[0].id', 'items[0].content_html|content_text']);
	});
});
