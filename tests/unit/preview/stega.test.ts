import { describe, expect, test } from 'vitest';
import { stegaFilter } from '../../../preview/stega.ts';

/** What the client's default filter would say (its real one is tested in @sanity/client). */
const allow = () => true;
const encodes = (sourcePath: Array<string | number>, value = 'Tekst', filterDefault = allow) =>
	stegaFilter({ sourcePath, resultPath: sourcePath, value, filterDefault } as never);

describe('stegaFilter', () => {
	test.each([
		[['title']],
		[['excerpt']],
		[['body', 3, 'children', 0, 'text']],
		[['mainImage', 'caption']],
		[['contact', 'name']],
		[['description']],
	])('encodes text the site shows as text: %j', (path) => {
		expect(encodes(path)).toBe(true);
	});

	test.each([
		[['kind']],
		[['body', 3, 'style']],
		[['body', 3, 'listItem']],
		[['body', 3, 'children', 0, 'marks', 0]],
		[['municipalities', 0, 'number']],
		[['mainImage', 'alt']],
		[['facebook', 'message']],
		[['publishedAt']],
	])('leaves values the site computes with alone: %j', (path) => {
		expect(encodes(path)).toBe(false);
	});

	test("never encodes what the client's default filter refuses (URLs, dates, slugs)", () => {
		expect(encodes(['title'], 'https://ks.no/', () => false)).toBe(false);
	});
});
