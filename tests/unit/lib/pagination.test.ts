import { describe, expect, test } from 'vitest';
import { pageItems } from '../../../src/lib/pagination.ts';

describe('pageItems', () => {
	test.each([
		{ page: 1, pages: 1, expected: [1] },
		{ page: 1, pages: 3, expected: [1, 2, 3] },
		{ page: 1, pages: 7, expected: [1, 2, 3, 'gap', 7] },
		{ page: 4, pages: 7, expected: [1, 2, 3, 4, 5, 6, 7] },
		{ page: 5, pages: 10, expected: [1, 2, 3, 4, 5, 6, 7, 'gap', 10] },
		{ page: 20, pages: 834, expected: [1, 'gap', 18, 19, 20, 21, 22, 'gap', 834] },
		{ page: 834, pages: 834, expected: [1, 'gap', 832, 833, 834] },
	])('page $page of $pages: $expected', ({ page, pages, expected }) => {
		expect(pageItems(page, pages)).toEqual(expected);
	});

	test('shows a lone left-out page instead of a gap', () => {
		expect(pageItems(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	test('stays the same size however long the list is', () => {
		const sizes = [100, 1000, 100_000].map((pages) => pageItems(pages / 2, pages).length);
		expect(new Set(sizes)).toEqual(new Set([9]));
	});
});
