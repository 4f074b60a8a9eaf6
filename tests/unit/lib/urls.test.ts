import { describe, expect, test } from 'vitest';
import {
	digestUrl,
	emailEditionUrl,
	emailTextUrl,
	eventCalendarUrl,
	eventsCalendarUrl,
	eventsUrl,
	eventUrl,
	resolveUrl,
	absoluteUrl,
	absolutizeHtml,
	archiveUrl,
	feedUrl,
	homeUrl,
	isSafeHref,
	newsPageUrl,
	postUrl,
	summerGreetingsUrl,
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

describe('absolutizeHtml', () => {
	test.each([
		{
			name: 'root-relative href',
			html: '<a href="/nyheter/a/">a</a>',
			expected: `<a href="${SITE}/nyheter/a/">a</a>`,
		},
		{
			name: 'root-relative src',
			html: '<img src="/bilder/x.jpg" alt="">',
			expected: `<img src="${SITE}/bilder/x.jpg" alt="">`,
		},
		{
			name: 'every candidate of a srcset',
			html: '<img srcset="/bilder/x-480.webp 480w, /bilder/x-960.webp 960w">',
			expected: `<img srcset="${SITE}/bilder/x-480.webp 480w, ${SITE}/bilder/x-960.webp 960w">`,
		},
		{
			name: 'a srcset with density descriptors',
			html: '<source srcset="/a.avif 1x,/b.avif 2x">',
			expected: `<source srcset="${SITE}/a.avif 1x, ${SITE}/b.avif 2x">`,
		},
	])('makes $name absolute', ({ html, expected }) => {
		expect(absolutizeHtml(html, SITE)).toBe(expected);
	});

	test.each([
		{ name: 'absolute URLs', html: '<a href="https://www.ks.no/">KS</a>' },
		{ name: 'mailto links', html: '<a href="mailto:post@example.no">e-post</a>' },
		{ name: 'fragment links', html: '<a href="#innhold">hopp</a>' },
		{
			name: 'text that only looks like an attribute',
			html: '<p>skriv href=/nyheter/ i teksten</p>',
		},
	])('leaves $name alone', ({ html }) => {
		expect(absolutizeHtml(html, SITE)).toBe(html);
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

describe('absolutizeHtml (mixed srcset)', () => {
	test('rewrites every root-relative srcset entry and leaves absolute and protocol-relative ones', () => {
		const html =
			'<img srcset="/a.jpg 400w, https://cdn.example/b.jpg 800w, /c.jpg 1200w" src="//cdn.example/x.jpg">';
		expect(absolutizeHtml(html, 'https://site.example')).toBe(
			'<img srcset="https://site.example/a.jpg 400w, https://cdn.example/b.jpg 800w, https://site.example/c.jpg 1200w" src="//cdn.example/x.jpg">',
		);
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
