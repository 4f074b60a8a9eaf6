import { describe, expect, test } from 'vitest';
import { formatFileSize, formatPhone, truncateAtWord } from '../../../src/lib/format.ts';

describe('formatFileSize', () => {
	test.each([
		{ bytes: 0, expected: '0 B' },
		{ bytes: 999, expected: '999 B' },
		{ bytes: 1000, expected: '1 kB' },
		{ bytes: 1011, expected: '1 kB' },
		{ bytes: 240_000, expected: '240 kB' },
		{ bytes: 240_499, expected: '240 kB' },
		{ bytes: 999_499, expected: '999 kB' },
		{ bytes: 999_600, expected: '1 MB' },
		{ bytes: 1_000_000, expected: '1 MB' },
		{ bytes: 1_200_000, expected: '1,2 MB' },
		{ bytes: 1_250_000, expected: '1,3 MB' },
		{ bytes: 15_000_000, expected: '15 MB' },
	])('formats $bytes bytes as "$expected"', ({ bytes, expected }) => {
		expect(formatFileSize(bytes)).toBe(expected);
	});
});

describe('formatPhone', () => {
	test.each([
		{ phone: '+4740000000', expected: '+47 400 00 000' },
		{ phone: '+47 40000002', expected: '+47 400 00 002' },
		{ phone: '+47 400 00 000', expected: '+47 400 00 000' },
		{ phone: '+47-73-80-00-00', expected: '+47 738 00 000' },
	])('shows $phone as "$expected"', ({ phone, expected }) => {
		expect(formatPhone(phone)).toBe(expected);
	});

	test.each([
		{ phone: '40000000' },
		{ phone: '+46701234567' },
		{ phone: '+474000000' },
		{ phone: 'ring sentralbordet' },
	])('leaves $phone as it is when it is not a Norwegian E.164 number', ({ phone }) => {
		expect(formatPhone(phone)).toBe(phone);
	});
});

describe('truncateAtWord', () => {
	test.each([
		{ text: 'Kort tekst', max: 300 },
		{ text: 'Akkurat ti', max: 10 },
		{ text: '', max: 5 },
	])('returns "$text" unchanged when it fits in $max characters', ({ text, max }) => {
		expect(truncateAtWord(text, max)).toBe(text);
	});

	test.each([
		{ text: 'Kommunene i Trøndelag samarbeider godt', max: 25, expected: 'Kommunene i Trøndelag…' },
		{
			text: 'Vi ser tilbake på våren, og ønsker alle en god sommer',
			max: 27,
			expected: 'Vi ser tilbake på våren…',
		},
		{ text: 'Ett – to – tre – fire – fem', max: 18, expected: 'Ett – to – tre…' },
	])('cuts "$text" at a word boundary within $max characters', ({ text, max, expected }) => {
		const cut = truncateAtWord(text, max);
		expect(cut).toBe(expected);
		expect(cut.length).toBeLessThanOrEqual(max);
	});

	test('cuts inside a word only when there is no late enough word boundary', () => {
		const cut = truncateAtWord('Kort Forsøksordningsevalueringsrapporten', 20);
		expect(cut).toBe('Kort Forsøksordning…');
		expect(cut).toHaveLength(20);
	});

	test('keeps a 300-character limit for long excerpts and ends with an ellipsis', () => {
		const text = 'Dette er en altfor lang ingress som gjentar seg. '.repeat(9).trim();
		const cut = truncateAtWord(text, 300);
		expect(cut.length).toBeLessThanOrEqual(300);
		expect(cut.endsWith('…')).toBe(true);
		expect(text.startsWith(cut.slice(0, -1))).toBe(true);
		expect(text.charAt(cut.length - 1)).toMatch(/[\s.]/);
	});
});
