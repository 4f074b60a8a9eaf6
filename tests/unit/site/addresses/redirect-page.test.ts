/** The page left at a moved address, and the `_redirects` file. */
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { redirectPageHtml, redirectsFile } from '../../../../src/site/addresses/redirect-page.ts';

describe('redirectPageHtml', () => {
	const to = 'https://trondelag.example.no/nyheter/ny-"sak"/';
	const page = parse(redirectPageHtml(to, 'KS <Trøndelag>'));

	test('refreshes at once to the new address, names it canonical, links it visibly, is not indexed', () => {
		expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
			`0; url=${to}`,
		);
		expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(to);
		expect(page.querySelector('main a')?.getAttribute('href')).toBe(to);
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		expect(page.querySelector('html')?.getAttribute('lang')).toBe('nb');
		expect(page.querySelector('h1')?.textContent).toBe('Saken har fått ny adresse');
	});

	test('escapes the site title and the address', () => {
		expect(page.querySelector('title')?.textContent).toBe(
			'Saken har fått ny adresse – KS <Trøndelag>',
		);
		expect(page.querySelectorAll('script')).toHaveLength(0);
	});
});

describe('redirectsFile', () => {
	test('one 301 line per moved address, sorted', () => {
		const text = redirectsFile(
			new Map([
				['/nyheter/b/', '/nyheter/b2/'],
				['/nyheter/a/', '/nyheter/a2/'],
			]),
		);
		expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
			'/nyheter/a/ /nyheter/a2/ 301',
			'/nyheter/b/ /nyheter/b2/ 301',
		]);
	});
});
