import { describe, expect, test } from 'vitest';
import { checkGeometry } from '../../../src/images/geometry.ts';

const size = { width: 1600, height: 1067 };
const crop = (left: number, right: number, top = 0, bottom = 0) => ({ top, bottom, left, right });
const hotspot = (x: number, y: number, width = 0.2, height = 0.2) => ({ x, y, width, height });

describe('checkGeometry', () => {
	test('keeps a sane crop and hotspot as they are', () => {
		const result = checkGeometry(
			{ crop: crop(0.05, 0.05, 0.1, 0.1), hotspot: hotspot(0.5, 0.4) },
			size,
		);
		expect(result).toEqual({
			crop: crop(0.05, 0.05, 0.1, 0.1),
			hotspot: hotspot(0.5, 0.4),
			problems: [],
		});
	});

	test('clamps values just outside 0–1 silently (Studio rounding)', () => {
		const result = checkGeometry(
			{ crop: crop(-0.0001, 1e-9), hotspot: hotspot(1.2, -0.1, 1.5, 0.3) },
			size,
		);
		expect(result.crop).toEqual(crop(0, 1e-9));
		expect(result.hotspot).toEqual(hotspot(1, 0, 1, 0.3));
		expect(result.problems).toEqual([]);
	});

	test.each([
		{
			name: 'left + right ≥ 1',
			value: crop(0.6, 0.6),
			reason: 'beskjæringen fjerner hele bildet (venstre + høyre = 120 %); vist uten beskjæring',
		},
		{
			name: 'left + right = 1',
			value: crop(0.5, 0.5),
			reason: 'beskjæringen fjerner hele bildet (venstre + høyre = 100 %); vist uten beskjæring',
		},
		{
			name: 'top + bottom ≥ 1',
			value: crop(0, 0, 0.7, 0.4),
			reason: 'beskjæringen fjerner hele bildet (topp + bunn = 110 %); vist uten beskjæring',
		},
		{
			name: 'less than one pixel left',
			value: crop(0.4999, 0.5),
			reason: 'beskjæringen fjerner hele bildet (venstre + høyre = 100 %); vist uten beskjæring',
		},
		{
			name: 'values that are not numbers',
			value: { top: 0, bottom: 0, left: Number.NaN, right: 0 },
			reason: 'beskjæringen har verdier som ikke er tall; vist uten beskjæring',
		},
	])('ignores a crop with $name and says why', ({ value, reason }) => {
		expect(checkGeometry({ crop: value }, size)).toEqual({
			crop: null,
			hotspot: null,
			problems: [['crop', reason]],
		});
	});

	test('ignores a hotspot with no area', () => {
		expect(checkGeometry({ hotspot: hotspot(0.5, 0.5, 0, 0.3) }, size).problems).toEqual([
			['hotspot', 'fokuspunktet har bredde eller høyde 0; ignorert'],
		]);
	});
});

test('returns the very objects it was given when nothing needs changing (no copies)', () => {
	const c = crop(0.1, 0.1);
	const h = hotspot(0.5, 0.5);
	const result = checkGeometry({ crop: c, hotspot: h }, size);
	expect(result.crop).toBe(c);
	expect(result.hotspot).toBe(h);
});
