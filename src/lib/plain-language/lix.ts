import { letterCount, sentenceWords } from './text.ts';

/** A word is long when it has more than this many letters (Björnsson's LIX: over six). */
export const LONG_WORD_LETTERS = 6;

/** The four bands an editor sees, in Norwegian, from easiest to hardest. */
export type LixBand = 'lett' | 'middels' | 'vanskelig' | 'svært vanskelig';

/** What LIX is computed from, and the index itself (unrounded; 0 for a text without words). */
export type LixResult = { lix: number; words: number; sentences: number; longWords: number };

/**
 * LIX (läsbarhetsindex, C.-H. Björnsson, «Läsbarhet», 1968) of paragraphs of text:
 * words / sentences + 100 × long words / words, a long word having more than six letters.
 * Each paragraph ends a sentence. The formula is the same for bokmål and nynorsk. `split` is
 * `sentenceWords(paragraphs)` when the caller has it already.
 * @see https://no.wikipedia.org/wiki/Lesbarhetsindeks
 */
export function computeLix(
	paragraphs: readonly string[],
	split: readonly string[][] = sentenceWords(paragraphs),
): LixResult {
	let wordCount = 0;
	let longWords = 0;
	for (const words of split) {
		wordCount += words.length;
		// A word of at most six characters cannot have more than six letters.
		for (const word of words)
			if (word.length > LONG_WORD_LETTERS && letterCount(word) > LONG_WORD_LETTERS) longWords += 1;
	}
	const sentenceCount = split.length;
	const lix = wordCount === 0 ? 0 : wordCount / sentenceCount + (100 * longWords) / wordCount;
	return { lix, words: wordCount, sentences: sentenceCount, longWords };
}

/**
 * The band of a LIX value, as Norwegian readability guides grade it (after Björnsson's scale,
 * five steps folded into four): under 30 «lett» (children's books, easy news), 30–39 «middels»
 * (newspapers, fiction), 40–49 «vanskelig» (factual prose, most official information), 50 and
 * over «svært vanskelig» (specialist and legal texts). A lower bound belongs to its band.
 * @see https://no.wikipedia.org/wiki/Lesbarhetsindeks
 */
export function lixBand(lix: number): LixBand {
	if (lix < 30) return 'lett';
	if (lix < 40) return 'middels';
	if (lix < 50) return 'vanskelig';
	return 'svært vanskelig';
}
