/**
 * The plain-language rules (klarspråk), pure functions shared by the Studio's assistant and the
 * build's content report: LIX, long sentences, heavy words (bokmål and nynorsk), title length.
 */
export { analyzeText, isTitleTooLong, PLAIN_LANGUAGE_DEFAULTS } from './analyze.ts';
export type { PlainLanguageOptions, PlainLanguageReport } from './analyze.ts';
export { findHeavyWords, heavyWordList } from './heavy-words.ts';
export type { HeavyWordEntry, HeavyWordFinding, WrittenStandard } from './heavy-words.ts';
export { computeLix, lixBand, LONG_WORD_LETTERS } from './lix.ts';
export type { LixBand, LixResult } from './lix.ts';
export { blockTexts, textParagraphs } from './portable-text.ts';
export { findLongSentences, LONG_SENTENCE_WORDS } from './sentences.ts';
export type { LongSentence } from './sentences.ts';
export { letterCount, sentences, words } from './text.ts';
export { resolvePlainLanguage } from './settings.ts';
export type { PlainLanguageSettings, StoredPlainLanguage } from './settings.ts';
