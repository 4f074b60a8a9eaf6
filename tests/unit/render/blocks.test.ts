import { describe, expect, test } from 'vitest';
import { repairBlocks } from '../../../src/render/blocks.ts';

const block = (style: string | null, text: string, extra: Record<string, unknown> = {}) => ({
	_type: 'block',
	style,
	markDefs: [],
	children: [{ _type: 'span', text, marks: [] }],
	...extra,
});
const run = (blocks: unknown[]) => {
	const warnings: string[] = [];
	const out = repairBlocks(blocks, (path, reason) => warnings.push(`${path}: ${reason}`));
	return { out: out as Array<Record<string, unknown>>, warnings };
};

describe('repairBlocks', () => {
	test('says one thing about an empty block, whatever else is wrong with it', () => {
		expect(run([block('h1', ''), block('lead', ' '), block('normal', '')]).warnings).toEqual([
			'body[0]: tom overskrift; utelatt',
		]);
	});

	test('counts heading levels across the body, from the page h1', () => {
		const { out, warnings } = run([
			block('h2', 'A'),
			block('h3', 'B'),
			block('h2', 'C'),
			block('h3', 'D'),
		]);
		expect(out.map((b) => b.style)).toEqual(['h2', 'h3', 'h2', 'h3']);
		expect(warnings).toEqual([]);
	});

	test('passes figures, attachments and other types through untouched', () => {
		const figure = { _type: 'figure', _key: 'f' };
		expect(run([figure]).out[0]).toBe(figure);
	});

	test('does not change its input', () => {
		const input = [
			block(null, 'Tekst', { children: [{ _type: 'span', text: 'Tekst', marks: null }] }),
		];
		const copy = structuredClone(input);
		run(input);
		expect(input).toEqual(copy);
	});
});
