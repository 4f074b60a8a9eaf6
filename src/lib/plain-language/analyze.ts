import {
	findHeavyWords,
	type HeavyWordEntry,
	type HeavyWordFinding,
	type WrittenStandard,
} from './heavy-words.ts';
import { computeLix, lixBand, type LixBand } from './lix.ts';
import { findLongSentences, LONG_SENTENCE_WORDS, type LongSentence } from './sentences.ts';
import { sentenceWords } from './text.ts';

/** The office's settings for the assistant; every field optional (defaults below). */
export type PlainLanguageOptions = {
	language?: WrittenStandard;
	/** LIX the text should stay below. */
	lixTarget?: number;
	/** The office's own heavy words, added to the built-in list of the text's standard. */
	extraWords?: readonly HeavyWordEntry[];
};

/** Targets when the settings name none: body below 45 (news), ingress below 40. */
export const PLAIN_LANGUAGE_DEFAULTS = { bodyLix: 45, excerptLix: 40, titleMaxLength: 70 } as const;

/** Everything the assistant says about one text (counts for the build report, findings for the editor). */
export type PlainLanguageReport = {
	lix: number;
	band: LixBand;
	lixTarget: number;
	overTarget: boolean;
	words: number;
	sentences: number;
	longWords: number;
	longSentences: LongSentence[];
	heavyWords: HeavyWordFinding[];
};

/**
 * Reads paragraphs of text by the plain-language rules: LIX (rounded to a whole number) and its
 * band against `lixTarget` (default 45), sentences over 25 words, heavy words of the text's
 * written standard. A text without words is never over target.
 */
export function analyzeText(
	paragraphs: readonly string[],
	{
		language = 'nb',
		lixTarget = PLAIN_LANGUAGE_DEFAULTS.bodyLix,
		extraWords = [],
	}: PlainLanguageOptions = {},
): PlainLanguageReport {
	const split = sentenceWords(paragraphs);
	const { lix, words, sentences, longWords } = computeLix(paragraphs, split);
	const rounded = Math.round(lix);
	return {
		lix: rounded,
		band: lixBand(rounded),
		lixTarget,
		overTarget: words > 0 && rounded >= lixTarget,
		words,
		sentences,
		longWords,
		longSentences: findLongSentences(paragraphs, LONG_SENTENCE_WORDS, split),
		heavyWords: findHeavyWords(paragraphs, language, extraWords),
	};
}

/** True when a title is longer than search results and Facebook show (70 characters). */
export function isTitleTooLong(title: unknown): boolean {
	return typeof title === 'string' && title.trim().length > PLAIN_LANGUAGE_DEFAULTS.titleMaxLength;
}
