import { describe, expect, test } from 'vitest';
import { walk, walkObjects } from '../../../src/sanity/walk.ts';

const doc = {
	_id: 'a',
	title: 'T',
	body: [
		{ _type: 'block', children: [{ _type: 'span', text: 'x' }] },
		{ _type: 'figure', asset: { _ref: 'image-1' }, crop: { top: 0 } },
	],
	tags: ['a', 'b'],
};

describe('walkObjects', () => {
	test('visits every object that is not an array, with the paths walk gives it', () => {
		const all: string[] = [];
		walk(doc, (value, path) => {
			if (value && typeof value === 'object' && !Array.isArray(value)) all.push(path);
		});
		const objects: string[] = [];
		walkObjects(doc, (_, path) => void objects.push(path));
		expect(objects).toEqual(all);
		expect(objects).toEqual([
			'',
			'body[0]',
			'body[0].children[0]',
			'body[1]',
			'body[1].asset',
			'body[1].crop',
		]);
	});

	test('does not enter an object its visitor skips', () => {
		const seen: string[] = [];
		walkObjects(doc, (node, path) => {
			seen.push(path);
			return node._type === 'figure' ? 'skip' : undefined;
		});
		expect(seen).not.toContain('body[1].asset');
		expect(seen).toContain('body[1]');
	});
});
