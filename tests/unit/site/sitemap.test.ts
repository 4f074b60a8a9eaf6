import { describe, expect, test } from 'vitest';
import { POSTS_PER_PAGE } from '../../../src/consts.ts';
import { hasNoindex, isListablePath, lastmodByPath } from '../../../src/site/sitemap.ts';
import { makeMunicipality, makePost, makeTopic, skaun } from '../../helpers/posts.ts';

describe('isListablePath', () => {
	test.each([
		{ path: '/', expected: true },
		{ path: '/kommuner/skaun/', expected: true },
		{ path: '/404/', expected: false },
		{ path: '/404.html', expected: false },
		{ path: '/rss.xml', expected: false },
		{ path: '/nyheter/x/epost.html', expected: false },
	])('$path → $expected', ({ path, expected }) => {
		expect(isListablePath(path)).toBe(expected);
	});
});

describe('hasNoindex', () => {
	test.each([
		{ html: '<meta name="robots" content="noindex">', expected: true },
		{ html: '<meta content="noindex, nofollow" name="robots" />', expected: true },
		{ html: "<meta name='robots' content='noindex'>", expected: true },
		{ html: '<meta name="robots" content="index, follow">', expected: false },
		{ html: '<meta name="description" content="noindex er et ord">', expected: false },
		{ html: '<p>noindex</p>', expected: false },
	])('$html → $expected', ({ html, expected }) => {
		expect(hasNoindex(html)).toBe(expected);
	});
});

describe('lastmodByPath', () => {
	const old = makePost('old', { publishedAt: '2021-01-01T08:00:00Z' });
	const edited = makePost('edited', {
		publishedAt: '2022-01-01T08:00:00Z',
		updatedAt: '2024-05-01T12:00:00Z',
	});
	const fresh = makePost('fresh', { publishedAt: '2023-03-01T08:00:00Z', kind: 'summerGreeting' });
	const posts = [fresh, edited, old];
	const extra = Array.from({ length: POSTS_PER_PAGE }, (_, i) =>
		makePost(`x${i}`, { publishedAt: '2020-01-01T08:00:00Z' }),
	);
	const map = lastmodByPath({
		posts: [...posts, ...extra],
		topics: [makeTopic('samskaping', 'Samskaping', [old]), makeTopic('tom', 'Tom')],
		municipalities: [makeMunicipality(skaun, [edited])],
		years: [{ year: 2021, posts: [old] }],
	});

	test('a post page changes with its post (_updatedAt, never before publishing)', () => {
		expect(map.get('/nyheter/edited/')).toBe('2024-05-01T12:00:00Z');
		expect(map.get('/nyheter/old/')).toBe('2021-01-01T08:00:00Z');
	});

	test('a list changes with the newest change among its posts, on every page', () => {
		expect(map.get('/')).toBe('2024-05-01T12:00:00Z');
		expect(map.get('/nyheter/')).toBe('2024-05-01T12:00:00Z');
		expect(map.get('/nyheter/side/2/')).toBe('2024-05-01T12:00:00Z');
		expect(map.get('/tema/samskaping/')).toBe('2021-01-01T08:00:00Z');
		expect(map.get('/kommuner/skaun/')).toBe('2024-05-01T12:00:00Z');
		expect(map.get('/arkiv/2021/')).toBe('2021-01-01T08:00:00Z');
		expect(map.get('/sommerhilsener/')).toBe('2023-03-01T08:00:00Z');
	});

	test('a page without posts has no lastmod', () => {
		expect(map.has('/tema/tom/')).toBe(false);
		expect(map.has('/feeds/')).toBe(false);
	});
});
