/**
 * Words and sentences of Norwegian text, as the readability rules count them. A word is a run of
 * letters and digits (joined by hyphens, apostrophes or inner full stops: «IA-avtale», «f.eks»,
 * «11.12.2020»); a sentence ends at «.», «!», «?» or «:» followed by a capital letter, a digit or
 * a quotation mark, and at the end of every paragraph, heading or list item.
 */

/** Matches one word: letters or digits, joined by - ' ’ . inside the word. */
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

/** End of a sentence: terminators, then space before a capital, digit, quote or dash. */
const SENTENCE_END = /[.!?:]+[»"”’)]*(?=\s+[\p{Lu}\p{N}«"“–-])/gu;

/** Abbreviations after which a capital letter does not start a new sentence. */
const ABBREVIATIONS = new Set([
	'f.eks',
	'bl.a',
	'jf',
	'jfr',
	'ca',
	'kl',
	'nr',
	'iht',
	'vedr',
	'mht',
	'pr',
	'ifm',
	'v',
	'st',
	'dr',
]);

/** Returns the words of `text` in order. */
export function words(text: string): string[] {
	return text.match(WORD) ?? [];
}

/** Number of letters in a word (digits and joiners do not count; LIX counts letters). */
export function letterCount(word: string): number {
	return word.match(/\p{L}/gu)?.length ?? 0;
}

/** Splits one paragraph (or heading, list item) into trimmed sentences; never returns empty ones. */
export function sentences(paragraph: string): string[] {
	const result: string[] = [];
	let start = 0;
	for (const match of paragraph.matchAll(SENTENCE_END)) {
		const end = match.index + match[0].length;
		const lastWord = words(paragraph.slice(start, match.index)).at(-1)?.toLowerCase();
		if (match[0].startsWith('.') && lastWord && ABBREVIATIONS.has(lastWord)) continue;
		result.push(paragraph.slice(start, end));
		start = end;
	}
	result.push(paragraph.slice(start));
	return result.map((sentence) => sentence.trim()).filter((sentence) => words(sentence).length > 0);
}

/** The words of each sentence of `paragraphs`, sentence by sentence in order (read once, shared by the rules). */
export function sentenceWords(paragraphs: readonly string[]): string[][] {
	return paragraphs.flatMap((paragraph) => sentences(paragraph).map((sentence) => words(sentence)));
}
