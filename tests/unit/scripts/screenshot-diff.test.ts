import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { compareScreenshots, describeChange } from '../../../scripts/screenshot-diff.ts';

/** A PNG of `width`×`height` in one colour, with `marks` pixels at the start painted black. */
function png(width: number, height: number, marks = 0): Buffer {
	const image = new PNG({ width, height });
	for (let i = 0; i < width * height; i++) {
		const dark = i < marks;
		image.data.set(dark ? [0, 0, 0, 255] : [240, 245, 247, 255], i * 4);
	}
	return PNG.sync.write(image);
}

describe('compareScreenshots', () => {
	test('reports a screenshot that was not committed as new', () => {
		expect(describeChange(compareScreenshots(null, png(10, 10)))).toBe('new');
	});

	test('reports identical images as unchanged', () => {
		expect(describeChange(compareScreenshots(png(10, 10), png(10, 10)))).toBe('unchanged');
	});

	test('counts the pixels that differ', () => {
		expect(describeChange(compareScreenshots(png(10, 10), png(10, 10, 5)))).toBe(
			'changed: 5 pixels (5.00 %)',
		);
	});

	test('reports a new size and compares the area both images have', () => {
		expect(describeChange(compareScreenshots(png(10, 10), png(10, 20, 10)))).toBe(
			'changed: size 10×10 → 10×20, 10 pixels (10.00 %) of the common area',
		);
	});
});
