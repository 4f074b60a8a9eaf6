import { describe, expect, test } from 'vitest';
import { formatPath, joinPath, walk, walkObjects } from '../../../src/sanity/walk.ts';

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

describe('paths', () => {
	const keyed = {
		body: [
			{ _type: 'block', _key: 'a1', children: [{ _type: 'span', _key: 'c3', text: 'x' }] },
			{ _type: 'block', children: [{ _type: 'span', text: 'y' }] },
		],
	};

	test('name an array item by its _key, as Sanity does, and by index without one', () => {
		expect(formatPath(['body', 0, 'children', 0, 'text'], keyed)).toBe(
			'body[_key=="a1"].children[_key=="c3"].text',
		);
		expect(formatPath(['body', 1, 'children', 0, 'text'], keyed)).toBe('body[1].children[0].text');
		expect(formatPath(['body', 0, 'style'])).toBe('body[0].style');
		expect(joinPath('tags', 2, 'b')).toBe('tags[2]');
		expect(joinPath('body', 3, { _key: '' })).toBe('body[3]');
	});

	test('quote a key so a path stays one path whatever the key holds', () => {
		expect(joinPath('body', 0, { _key: 'x"]' })).toBe('body[_key=="x\\"]"]');
	});

	test('walk gives the keyed paths', () => {
		const paths: string[] = [];
		walkObjects(keyed, (_, path) => void paths.push(path));
		expect(paths).toEqual([
			'',
			'body[_key=="a1"]',
			'body[_key=="a1"].children[_key=="c3"]',
			'body[1]',
			'body[1].children[0]',
		]);
	});
});
