import { describe, expect, test } from 'vitest';
import { cleanText, normalizeText } from '../../../src/sanity/normalize-text.ts';
import { ContentReport } from '../../../src/report/report.ts';
import { parseXmlStrict } from '../../helpers/xml.ts';

describe('cleanText', () => {
	test.each([
		{
			name: "Word's soft line break",
			input: 'lærlinger\u000bi Trøndelag',
			expected: 'lærlinger i Trøndelag',
		},
		{ name: 'a break between spaces', input: 'a \u000b b', expected: 'a b' },
		{ name: 'line and paragraph separators', input: 'a\u2028b\u2029c', expected: 'a b c' },
		{ name: 'NEL', input: 'a\u0085b', expected: 'a b' },
		{ name: 'backspace and NUL', input: 'a\u0008b\u0000c', expected: 'abc' },
		{ name: 'C1 controls and DEL', input: 'a\u0080b\u009fc\u007fd', expected: 'abcd' },
		{ name: 'noncharacters', input: 'a\uFFFEb\uFFFFc\uFDD0d\uD83F\uDFFEe', expected: 'abcde' },
		{ name: 'lone surrogates', input: 'a\uD800b\uDC00c', expected: 'abc' },
		{ name: 'tab, LF and CR', input: 'a\tb\nc\rd', expected: 'a\tb\nc\rd' },
		{ name: 'emoji and Sami letters', input: 'Đávgi 👋 Porsáŋgu', expected: 'Đávgi 👋 Porsáŋgu' },
	])('cleans $name', ({ input, expected }) => {
		expect(cleanText(input).text).toBe(expected);
		expect(() => parseXmlStrict(`<a>${cleanText(input).text}</a>`)).not.toThrow();
	});

	test('turns breaks into line breaks where they mean one (portable text spans)', () => {
		expect(cleanText('Første linje\u000bandre\u2028tredje', true).text).toBe(
			'Første linje\nandre\ntredje',
		);
	});

	test('returns the changed code points', () => {
		expect(cleanText('a\u000bb\u0008').changed).toEqual(['\u000b', '\u0008']);
		expect(cleanText('ren tekst').changed).toEqual([]);
	});
});

describe('normalizeText', () => {
	test('cleans every string of a document once and reports each field with its path', () => {
		const report = new ContentReport();
		const doc = {
			_id: 'post-x',
			_type: 'post',
			title: 'Ny avtale om lærlinger\u000bi Trøndelag',
			body: [
				{
					_type: 'block',
					_key: 'k\u0008',
					children: [{ _type: 'span', text: 'linje\u000bto', marks: [] }],
				},
			],
			tags: ['ok', 'x\uFFFE'],
		};
		normalizeText(doc, report);
		expect(doc.title).toBe('Ny avtale om lærlinger i Trøndelag');
		expect(doc.body[0]!.children[0]!.text).toBe('linje\nto');
		expect(doc.body[0]!._key).toBe('k\u0008');
		expect(doc.tags).toEqual(['ok', 'x']);
		expect(report.warnings.map((w) => `${w.id} ${w.path}: ${w.reason}`)).toEqual([
			'post-x title: ulovlige tegn for XML/HTML (U+000B) fjernet eller gjort om til mellomrom/linjeskift',
			'post-x body[0].children[0].text: ulovlige tegn for XML/HTML (U+000B) fjernet eller gjort om til mellomrom/linjeskift',
			'post-x tags[1]: ulovlige tegn for XML/HTML (U+FFFE) fjernet eller gjort om til mellomrom/linjeskift',
		]);
	});

	test('reports nested documents in a query result as themselves', () => {
		const report = new ContentReport();
		normalizeText(
			[{ _id: 'p', _type: 'post', contact: { _id: 'person-1', _type: 'person', name: 'A\u0001' } }],
			report,
		);
		expect(report.warnings.map((w) => `${w.type} ${w.id} ${w.path}`)).toEqual([
			'person person-1 name',
		]);
	});

	test('leaves clean content untouched and reports nothing', () => {
		const report = new ContentReport();
		const doc = { _id: 'a', _type: 'post', title: 'God sommer – «2023»', n: 1, ok: true, no: null };
		expect(normalizeText(structuredClone(doc), report)).toEqual(doc);
		expect(report.issues).toEqual([]);
	});
});
