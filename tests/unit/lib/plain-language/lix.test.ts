import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	analyzeText,
	computeLix,
	lixBand,
	sentences,
	textParagraphs,
} from '../../../../src/lib/plain-language/index.ts';

const fixture = (name: string) =>
	textParagraphs(
		readFileSync(join(import.meta.dirname, '../../../fixtures/plain-language', name), 'utf8'),
	);

describe('computeLix', () => {
	test('counts words, sentences and words of more than six letters', () => {
		// 9 words, 2 sentences; long: «Kommunestyret» (13), «behandlet» (9), «Søknaden» (8), «godkjent» (8)
		expect(computeLix(['Kommunestyret har behandlet saken. Søknaden ble godkjent i går.'])).toEqual(
			{
				lix: 9 / 2 + (100 * 4) / 9,
				words: 9,
				sentences: 2,
				longWords: 4,
			},
		);
	});

	test('a word of exactly six letters is not long; seven is', () => {
		expect(computeLix(['Sommer']).longWords).toBe(0);
		expect(computeLix(['Sommere']).longWords).toBe(1);
	});

	test('every paragraph ends a sentence, with or without a full stop', () => {
		expect(computeLix(['Mye på gang i regionen', 'Vi ses.']).sentences).toBe(2);
	});

	test('a text without words has LIX 0', () => {
		expect(computeLix([]).lix).toBe(0);
		expect(computeLix(['  ', '–']).lix).toBe(0);
	});
});

describe('sentences', () => {
	test.each([
		['Vi kommer. Du kommer.', 2],
		['Frist 1. mars 2021 for alle.', 1],
		['Se f.eks. Trondheim kommune.', 1],
		['Spørsmålet er: Hva gjør vi nå?', 2],
		['Slik gjør du det: les først.', 1],
		['«Hei.» Sa hun.', 2],
	])('%s → %i', (text, count) => {
		expect(sentences(text)).toHaveLength(count);
	});
});

describe('lixBand', () => {
	test.each([
		[0, 'lett'],
		[29.9, 'lett'],
		[30, 'middels'],
		[39.9, 'middels'],
		[40, 'vanskelig'],
		[49.9, 'vanskelig'],
		[50, 'svært vanskelig'],
		[72, 'svært vanskelig'],
	])('%d is «%s»', (lix, band) => {
		expect(lixBand(lix)).toBe(band);
	});
});

describe('the two seed texts', () => {
	test('the summer greeting 2023 has LIX 41 («vanskelig»), below the news target 45', () => {
		const paragraphs = fixture('sommerhilsen-2023.txt');
		const { lix, words, sentences: count, longWords } = computeLix(paragraphs);
		expect({ words, sentences: count, longWords }).toEqual({
			words: 359,
			sentences: 26,
			longWords: 96,
		});
		expect(lix).toBeCloseTo(359 / 26 + (100 * 96) / 359, 10);
		const report = analyzeText(paragraphs);
		expect([report.lix, report.band, report.overTarget]).toEqual([41, 'vanskelig', false]);
		expect(report.longSentences.map((sentence) => sentence.words)).toEqual([26, 29, 31]);
		expect(report.heavyWords).toEqual([]);
	});

	test('the Debattheft 2021 letter has LIX 51 («svært vanskelig»), over the target', () => {
		const report = analyzeText(fixture('debattheft-2021.txt'));
		expect(report).toMatchObject({
			lix: 51,
			band: 'svært vanskelig',
			overTarget: true,
			words: 274,
			sentences: 20,
			longWords: 102,
		});
		expect(report.longSentences).toEqual([
			{ start: 'Tilbakemeldingene fra kommunene og fylkeskommunen vil …', words: 26 },
		]);
		expect(report.heavyWords.map(({ word, found }) => [word, found])).toEqual([
			['tilstrekkelig', 'tilstrekkelig'],
			['avholde', 'avholdes'],
			['i forkant av', 'i forkant av'],
		]);
	});
});
