import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { escapeAttribute, escapeText } from '../../../src/lib/escape.ts';

describe('escapeText', () => {
	test.each([
		{ text: 'høringen <frist 1. mars> og', expected: 'høringen &lt;frist 1. mars&gt; og' },
		{ text: '<img src=x onerror=alert(1)>', expected: '&lt;img src=x onerror=alert(1)&gt;' },
		{ text: 'Tom & Jerry', expected: 'Tom &amp; Jerry' },
		{ text: 'to  mellomrom', expected: 'to  mellomrom' },
	])('escapes $text', ({ text, expected }) => {
		expect(escapeText(text)).toBe(expected);
	});

	test('round-trips through an HTML parser as the same visible text', () => {
		const text = `«A» <b>fet</b> & 'sitat' "dobbel" ]]> &amp;`;
		expect(parse(`<p>${escapeText(text)}</p>`).querySelector('p')?.text).toBe(text);
	});
});

describe('escapeAttribute', () => {
	test('keeps spaces as spaces (no &nbsp;)', () => {
		expect(escapeAttribute('  https://www.ks.no/  ')).toBe('  https://www.ks.no/  ');
	});

	test.each([
		{
			value: 'https://example.no/?q="><script>',
			expected: 'https://example.no/?q=&quot;&gt;&lt;script&gt;',
		},
		{ value: "a'b&c", expected: 'a&#39;b&amp;c' },
	])('escapes $value', ({ value, expected }) => {
		expect(escapeAttribute(value)).toBe(expected);
	});

	test('round-trips through an HTML parser as the same attribute value', () => {
		const value = `x" onload="alert(1)' <a> & b`;
		const el = parse(`<a href="${escapeAttribute(value)}">x</a>`).querySelector('a');
		expect(el?.getAttribute('href')).toBe(value);
	});
});
