import { describe, expect, test } from 'vitest';
import {
	digestUrl,
	emailEditionUrl,
	emailTextUrl,
	eventCalendarUrl,
	eventsCalendarUrl,
	eventsUrl,
	eventUrl,
	absoluteUrl,
	cleanHref,
	archiveUrl,
	feedUrl,
	homeUrl,
	facebookShareUrl,
	feedsPageUrl,
	isSafeHref,
	mailtoUrl,
	jsonFeedUrl,
	listPageUrl,
	municipalitiesUrl,
	municipalityFeedUrl,
	municipalityUrl,
	newsPageUrl,
	postUrl,
	resolveUrl,
	searchUrl,
	sitemapUrl,
	summerGreetingsUrl,
	topicFeedUrl,
	topicsUrl,
	topicUrl,
} from '../../../src/lib/urls.ts';

const SITE = 'https://trondelag.example.no';

describe('site URL builders', () => {
	test.each([
		{ name: 'postUrl', url: postUrl('god-sommer-2023'), expected: '/nyheter/god-sommer-2023/' },
		{ name: 'topicUrl', url: topicUrl('ia-arbeid'), expected: '/tema/ia-arbeid/' },
		{ name: 'topicsUrl', url: topicsUrl(), expected: '/tema/' },
		{ name: 'archiveUrl', url: archiveUrl(2023), expected: '/arkiv/2023/' },
		{ name: 'summerGreetingsUrl', url: summerGreetingsUrl(), expected: '/sommerhilsener/' },
		{ name: 'feedUrl', url: feedUrl(), expected: '/rss.xml' },
		{ name: 'homeUrl', url: homeUrl(), expected: '/' },
		{ name: 'topicUrl page 3', url: topicUrl('ia-arbeid', 3), expected: '/tema/ia-arbeid/side/3/' },
		{ name: 'topicFeedUrl', url: topicFeedUrl('ia-arbeid'), expected: '/tema/ia-arbeid/rss.xml' },
		{ name: 'municipalitiesUrl', url: municipalitiesUrl(), expected: '/kommuner/' },
		{ name: 'municipalityUrl', url: municipalityUrl('skaun'), expected: '/kommuner/skaun/' },
		{
			name: 'municipalityUrl page 1',
			url: municipalityUrl('skaun', 1),
			expected: '/kommuner/skaun/',
		},
		{
			name: 'municipalityUrl page 2',
			url: municipalityUrl('skaun', 2),
			expected: '/kommuner/skaun/side/2/',
		},
		{
			name: 'municipalityFeedUrl',
			url: municipalityFeedUrl('skaun'),
			expected: '/kommuner/skaun/rss.xml',
		},
		{ name: 'jsonFeedUrl', url: jsonFeedUrl(), expected: '/feed.json' },
		{ name: 'feedsPageUrl', url: feedsPageUrl(), expected: '/feeds/' },
		{
			name: 'feedsPageUrl anchor',
			url: feedsPageUrl('tema-samskaping'),
			expected: '/feeds/#tema-samskaping',
		},
		{ name: 'searchUrl', url: searchUrl(), expected: '/sok/' },
		{ name: 'searchUrl query', url: searchUrl('IA & jul'), expected: '/sok/?q=IA%20%26%20jul' },
		{ name: 'sitemapUrl', url: sitemapUrl(), expected: '/sitemap-index.xml' },
		{ name: 'listPageUrl 0', url: listPageUrl('/x/', 0), expected: '/x/' },
		{
			name: 'facebookShareUrl',
			url: facebookShareUrl('https://trondelag.example.no/nyheter/a-b/?x=1&y=2'),
			expected:
				'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftrondelag.example.no%2Fnyheter%2Fa-b%2F%3Fx%3D1%26y%3D2',
		},
		{
			name: 'mailtoUrl',
			url: mailtoUrl('Hei & hå?', 'https://x.no/a/'),
			expected: 'mailto:?subject=Hei%20%26%20h%C3%A5%3F&body=https%3A%2F%2Fx.no%2Fa%2F',
		},
		{ name: 'eventsUrl', url: eventsUrl(), expected: '/arrangementer/' },
		{ name: 'eventUrl', url: eventUrl('arena-2028'), expected: '/arrangementer/arena-2028/' },
		{
			name: 'eventCalendarUrl',
			url: eventCalendarUrl('arena-2028'),
			expected: '/arrangementer/arena-2028/arena-2028.ics',
		},
		{ name: 'eventsCalendarUrl', url: eventsCalendarUrl(), expected: '/arrangementer.ics' },
		{ name: 'emailEditionUrl', url: emailEditionUrl('x'), expected: '/nyheter/x/epost.html' },
		{ name: 'emailTextUrl', url: emailTextUrl('x'), expected: '/nyheter/x/epost.txt' },
		{ name: 'digestUrl', url: digestUrl('2026-11'), expected: '/epost/2026-11.html' },
	])('$name builds $expected', ({ url, expected }) => {
		expect(url).toBe(expected);
	});
});

describe('newsPageUrl', () => {
	test.each([
		{ page: 0, expected: '/nyheter/' },
		{ page: 1, expected: '/nyheter/' },
		{ page: 2, expected: '/nyheter/side/2/' },
		{ page: 12, expected: '/nyheter/side/12/' },
	])('returns $expected for page $page', ({ page, expected }) => {
		expect(newsPageUrl(page)).toBe(expected);
	});
});

describe('absoluteUrl', () => {
	test.each([
		{ path: '/nyheter/god-sommer-2023/', site: SITE, expected: `${SITE}/nyheter/god-sommer-2023/` },
		{ path: '/rss.xml', site: `${SITE}/`, expected: `${SITE}/rss.xml` },
		{ path: '/', site: SITE, expected: `${SITE}/` },
		{ path: 'https://cdn.sanity.io/a.jpg', site: SITE, expected: 'https://cdn.sanity.io/a.jpg' },
		{ path: '/s\u00f8k/?q=\u00e6', site: SITE, expected: `${SITE}/s%C3%B8k/?q=%C3%A6` },
	])('resolves $path against $site', ({ path, site, expected }) => {
		expect(absoluteUrl(path, site)).toBe(expected);
	});
});

describe('resolveUrl', () => {
	test.each([
		{ url: '/nyheter/a/', base: SITE, expected: `${SITE}/nyheter/a/` },
		{
			url: '/bilder/x-400x300-abc.jpg',
			base: `${SITE}/`,
			expected: `${SITE}/bilder/x-400x300-abc.jpg`,
		},
		{ url: '/nyheter/a/', base: undefined, expected: '/nyheter/a/' },
		{
			url: 'https://cdn.sanity.io/images/p/d/a-1600x1067.jpg?rect=80,107,1440,853&w=400',
			base: SITE,
			expected: 'https://cdn.sanity.io/images/p/d/a-1600x1067.jpg?rect=80,107,1440,853&w=400',
		},
		{ url: '//cdn.example/x.jpg', base: SITE, expected: '//cdn.example/x.jpg' },
		{ url: 'mailto:post@example.no', base: SITE, expected: 'mailto:post@example.no' },
	])('resolves $url against $base as $expected', ({ url, base, expected }) => {
		expect(resolveUrl(url, base)).toBe(expected);
	});
});

describe('cleanHref', () => {
	test.each([
		{ href: '  https://www.ks.no/  ', expected: 'https://www.ks.no/' },
		{ href: '\thttps://www.ks.no/side?a=1&b=2\n', expected: 'https://www.ks.no/side?a=1&b=2' },
		{ href: ' mailto:post@example.no', expected: 'mailto:post@example.no' },
		{ href: ' javascript:alert(1) ', expected: null },
		{ href: '   ', expected: null },
		{ href: undefined, expected: null },
	])('returns $expected for $href', ({ href, expected }) => {
		expect(cleanHref(href)).toBe(expected);
	});
});

describe('isSafeHref', () => {
	test.each([
		{ href: 'https://www.ks.no/', expected: true },
		{ href: 'http://example.no/side', expected: true },
		{ href: 'HTTPS://WWW.KS.NO/', expected: true },
		{ href: 'mailto:post@example.no', expected: true },
		{ href: 'tel:+4740000000', expected: true },
		{ href: 'javascript:alert(1)', expected: false },
		{ href: ' javascript:alert(1)', expected: false },
		{ href: 'JaVaScRiPt:alert(1)', expected: false },
		{ href: 'java\tscript:alert(1)', expected: false },
		{ href: 'data:text/html,<script>alert(1)</script>', expected: false },
		{ href: 'vbscript:msgbox', expected: false },
		{ href: 'ftp://example.no/fil', expected: false },
		{ href: 'file:///etc/passwd', expected: false },
		{ href: '/nyheter/', expected: false },
		{ href: 'nyheter/', expected: false },
		{ href: '//evil.example/', expected: false },
		{ href: '#anker', expected: false },
		{ href: '', expected: false },
		{ href: undefined, expected: false },
		{ href: null, expected: false },
		{ href: 42, expected: false },
	])('returns $expected for $href', ({ href, expected }) => {
		expect(isSafeHref(href)).toBe(expected);
	});
});

describe('resolveUrl', () => {
	test.each([
		{ url: '/bilder/a.jpg', base: SITE, expected: `${SITE}/bilder/a.jpg` },
		{ url: '/bilder/a.jpg', base: undefined, expected: '/bilder/a.jpg' },
		{
			url: 'https://cdn.sanity.io/x.jpg?rect=1,2,3,4',
			base: SITE,
			expected: 'https://cdn.sanity.io/x.jpg?rect=1,2,3,4',
		},
		{ url: '//evil.example/x', base: SITE, expected: '//evil.example/x' },
	])('resolves $url against $base', ({ url, base, expected }) => {
		expect(resolveUrl(url, base)).toBe(expected);
	});
});
