import { sentenceWords } from './text.ts';

/** A sentence is long when it has more than this many words (Språkrådet's klarspråk advice). */
export const LONG_SENTENCE_WORDS = 25;

/** How many of a long sentence's first words name it. */
const NAME_WORDS = 6;

/** A sentence over the limit: its first words (to find it by), and its length in words. */
export type LongSentence = { start: string; words: number };

/**
 * The sentences of `paragraphs` with more than `limit` words (default 25), in order, each named by
 * its first six words followed by «…»; `split` is `sentenceWords(paragraphs)` when the caller has it.
 */
export function findLongSentences(
	paragraphs: readonly string[],
	limit = LONG_SENTENCE_WORDS,
	split: readonly string[][] = sentenceWords(paragraphs),
): LongSentence[] {
	return split
		.filter((words) => words.length > limit)
		.map((words) => ({ start: `${words.slice(0, NAME_WORDS).join(' ')} …`, words: words.length }));
}
