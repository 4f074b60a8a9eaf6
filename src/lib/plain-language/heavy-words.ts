import { HEAVY_WORDS_NB } from './words-nb.ts';
import { HEAVY_WORDS_NN } from './words-nn.ts';

/** The written standards of Norwegian the site publishes in (ISO 639-1). */
export type WrittenStandard = 'nb' | 'nn';

/** One list entry: the heavy word or phrase (a trailing `*` counts inflected forms), a plainer alternative. */
export type HeavyWordEntry = readonly [word: string, alternative: string];

/** A heavy word found in a text: the list's word, the form as written, the alternative, how often. */
export type HeavyWordFinding = { word: string; found: string; alternative: string; count: number };

/** Endings an inflected entry may take (verbs and nouns: -e, -er, -es, -et, -te, -ende, -inga …). */
const ENDINGS = '(?:e|r|s|t|er|es|et|te|de|en|ne|ar|ast|ande|ende|ing|inga|ingen)?';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The built-in list of a written standard. */
export function heavyWordList(language: WrittenStandard): readonly HeavyWordEntry[] {
	return language === 'nn' ? HEAVY_WORDS_NN : HEAVY_WORDS_NB;
}

/** A case-insensitive pattern for one entry, bounded by non-letters on both sides. */
function entryPattern(word: string): RegExp {
	const inflects = word.endsWith('*');
	const stem = escape((inflects ? word.slice(0, -1) : word).toLowerCase()).replace(/ /g, '\\s+');
	return new RegExp(
		`(?<![\\p{L}\\p{N}])${stem}${inflects ? ENDINGS : ''}(?![\\p{L}\\p{N}])`,
		'giu',
	);
}

/**
 * The entries of the list for `language` (plus the office's `extra` entries) that occur in
 * `paragraphs`, in list order; case and inflection (entries with `*`) do not matter.
 */
export function findHeavyWords(
	paragraphs: readonly string[],
	language: WrittenStandard = 'nb',
	extra: readonly HeavyWordEntry[] = [],
): HeavyWordFinding[] {
	const text = paragraphs.join('\n');
	const findings: HeavyWordFinding[] = [];
	const seen = new Set<string>();
	for (const [word, alternative] of [...heavyWordList(language), ...extra]) {
		const key = word.toLowerCase();
		if (!word.trim() || seen.has(key)) continue;
		seen.add(key);
		const matches = [...text.matchAll(entryPattern(word))];
		if (matches.length === 0) continue;
		findings.push({
			word: word.replace(/\*$/, ''),
			found: matches[0]![0],
			alternative,
			count: matches.length,
		});
	}
	return findings;
}
