import { describe, expect, test } from 'vitest';
import {
	analyzeText,
	blockTexts,
	findHeavyWords,
	findLongSentences,
	heavyWordList,
	isTitleTooLong,
} from '../../../../src/lib/plain-language/index.ts';

const longSentence = Array.from({ length: 26 }, (_, i) => (i === 0 ? 'Alle' : `ord${i}`)).join(' ');

describe('findLongSentences', () => {
	test('names a sentence of 26 words by its first six words', () => {
		expect(findLongSentences([`Kort setning. ${longSentence}.`])).toEqual([
			{ start: 'Alle ord1 ord2 ord3 ord4 ord5 …', words: 26 },
		]);
	});

	test('a sentence of exactly 25 words passes', () => {
		expect(findLongSentences([longSentence.split(' ').slice(0, 25).join(' ')])).toEqual([]);
	});
});

describe('findHeavyWords', () => {
	test('finds words and phrases in any case, with the alternative and a count', () => {
		expect(
			findHeavyWords(['Vedrørende søknaden: Vi gir bistand iht. loven, og mer bistand senere.']),
		).toEqual([
			{ word: 'vedrørende', found: 'Vedrørende', alternative: 'om', count: 1 },
			{ word: 'iht.', found: 'iht.', alternative: 'etter', count: 1 },
			{ word: 'bistand', found: 'bistand', alternative: 'hjelp', count: 2 },
		]);
	});

	test('gives the same answer on every call (patterns are compiled once and shared)', () => {
		const text = ['VEDRØRENDE bistand: i forbindelse med  planen, og Vedrørende saken.'];
		const first = findHeavyWords(text);
		expect(first.map((f) => [f.word, f.count])).toEqual([
			['vedrørende', 2],
			['bistand', 1],
			['i forbindelse med', 1],
		]);
		expect(findHeavyWords(['Ingen tunge ord her.'])).toEqual([]);
		expect(findHeavyWords(text)).toEqual(first);
	});

	test('inflected forms count only for entries marked with *', () => {
		expect(findHeavyWords(['Rommet benyttes til møter.']).map((f) => f.found)).toEqual([
			'benyttes',
		]);
		// «bistand» is not marked: «bistandsarbeid» is another word.
		expect(findHeavyWords(['Bistandsarbeid i Afrika.'])).toEqual([]);
	});

	test('a phrase is found only with its words in order, across a line break, in a compound after a hyphen', () => {
		// Every word of «i henhold til» is in the text, but not as the phrase.
		expect(findHeavyWords(['Til planen, i tråd med henhold.'])).toEqual([]);
		expect(findHeavyWords(['Vi jobber i henhold\ntil planen.']).map((f) => f.found)).toEqual([
			'i henhold\ntil',
		]);
		expect(findHeavyWords(['IA-bistand og «benyttet».']).map((f) => f.found)).toEqual([
			'bistand',
			'benyttet',
		]);
	});

	test("the office's words change between calls without a stale list", () => {
		const text = ['Vi skal operasjonalisere planen.'];
		expect(findHeavyWords(text, 'nb', [['operasjonalisere', 'gjøre']])).toHaveLength(1);
		expect(findHeavyWords(text, 'nb', [['planen', 'planen']]).map((f) => f.word)).toEqual([
			'planen',
		]);
		expect(findHeavyWords(text, 'nb')).toEqual([]);
	});

	test('does not match inside other words', () => {
		expect(findHeavyWords(['Samtalen om dogmer.'])).toEqual([]);
	});

	test('uses the nynorsk list for nynorsk', () => {
		const text = ['Vedrørande søknaden: Vi gjev bistand i høve til lova.'];
		expect(findHeavyWords(text, 'nn').map((f) => f.word)).toEqual([
			'vedrørande',
			'bistand',
			'i høve til',
		]);
		expect(findHeavyWords(text, 'nb').map((f) => f.word)).toEqual(['bistand']);
	});

	test('adds the office’s own words, and ignores empty ones', () => {
		expect(
			findHeavyWords(['Vi skal operasjonalisere planen.'], 'nb', [
				['operasjonalisere*', 'sette ut i livet'],
				['  ', 'tomt'],
			]),
		).toEqual([
			{
				word: 'operasjonalisere',
				found: 'operasjonalisere',
				alternative: 'sette ut i livet',
				count: 1,
			},
		]);
	});

	test.each(['nb', 'nn'] as const)('the %s list has at least 60 distinct entries', (language) => {
		const list = heavyWordList(language);
		expect(list.length).toBeGreaterThanOrEqual(60);
		expect(new Set(list.map(([word]) => word)).size).toBe(list.length);
		expect(list.every(([word, alternative]) => word.trim() && alternative.trim())).toBe(true);
	});

	test.each(['nb', 'nn'] as const)('every %s entry finds itself in a sentence', (language) => {
		const missed = heavyWordList(language)
			.map(([word]) => word.replace(/\*$/, ''))
			.filter((word) => findHeavyWords([`Her står ${word} midt i.`], language).length !== 1);
		expect(missed).toEqual([]);
	});
});

describe('analyzeText', () => {
	test('a plain text is under target with no findings', () => {
		const report = analyzeText(['Vi ses på møtet i mai. Ta med deg en venn.']);
		expect(report).toMatchObject({ band: 'lett', overTarget: false, longSentences: [] });
		expect(report.heavyWords).toEqual([]);
	});

	test('a text of long words is over its target', () => {
		const report = analyzeText(
			['Kommunedirektørutvalget behandlet strategikonferansens innstilling.'],
			{
				lixTarget: 40,
			},
		);
		expect(report).toMatchObject({ band: 'svært vanskelig', lixTarget: 40, overTarget: true });
	});

	test('an empty text is never over target', () => {
		expect(analyzeText([]).overTarget).toBe(false);
	});
});

describe('blockTexts', () => {
	test('joins the spans of each text block and skips figures and empty blocks', () => {
		expect(
			blockTexts([
				{ _type: 'block', children: [{ text: 'Hei ' }, { text: 'du' }] },
				{ _type: 'figure', alt: 'Bilde' },
				{ _type: 'block', children: [{ text: '  ' }] },
				{ _type: 'block', children: [{ text: 'Ha det.' }] },
			]),
		).toEqual(['Hei du', 'Ha det.']);
		expect(blockTexts('ikke en liste')).toEqual([]);
	});
});

describe('isTitleTooLong', () => {
	test('warns above 70 characters', () => {
		expect(isTitleTooLong('a'.repeat(70))).toBe(false);
		expect(isTitleTooLong('a'.repeat(71))).toBe(true);
		expect(isTitleTooLong(undefined)).toBe(false);
	});
});
