import { describe, expect, test } from 'vitest';
import { restoreHoles, withoutHoles } from '../../../src/content/holes.ts';

describe('restoreHoles', () => {
	const a = { _key: 'a', _type: 'block' };
	const b = { _key: 'b', _type: 'figure' };
	const c = { _key: 'c', _type: 'block' };

	test('puts kept items back at their original positions, holes where items were left out', () => {
		expect(restoreHoles([a, b, c], [a, c])).toEqual([a, null, c]);
		expect(restoreHoles([a, b, c], [c])).toEqual([null, null, c]);
		expect(restoreHoles([a, b, c], [a, b, c])).toEqual([a, b, c]);
	});

	test('matches items without keys by type and order', () => {
		const x = { _type: 'block' };
		const y = { _type: 'figure' };
		expect(restoreHoles([x, y, x], [x, x])).toEqual([x, null, x]);
	});

	test('falls back to the plain list when the two cannot be aligned', () => {
		expect(restoreHoles([c, a], [a, c])).toEqual([a, c]);
		expect(restoreHoles(undefined, [a])).toEqual([a]);
	});
});

test('withoutHoles drops the holes and keeps the order', () => {
	expect(withoutHoles([1, null, 2, null])).toEqual([1, 2]);
});
