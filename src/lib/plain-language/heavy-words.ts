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

/** A compiled entry: its pattern, and the lower-cased first word a matching text must contain. */
type Compiled = { pattern: RegExp; needle: string };
const compiled = new Map<string, Compiled>();

/**
 * A case-insensitive pattern for one entry, bounded by non-letters on both sides, compiled once
 * per word (the content report reads every post of the build).
 */
function entryPattern(word: string): Compiled {
	let entry = compiled.get(word);
	if (entry) return entry;
	const inflects = word.endsWith('*');
	const bare = (inflects ? word.slice(0, -1) : word).toLowerCase();
	const stem = escape(bare).replace(/ /g, '\\s+');
	entry = {
		pattern: new RegExp(
			`(?<![\\p{L}\\p{N}])${stem}${inflects ? ENDINGS : ''}(?![\\p{L}\\p{N}])`,
			'giu',
		),
		needle: bare.split(' ')[0]!,
	};
	compiled.set(word, entry);
	return entry;
}

/**
 * The entries of the list for `language` (plus the office's `extra` entries) that occur in
 * `paragraphs`, in list order; case and inflection (entries with `*`) do not matter. A text
 * without an entry's first word (lower-cased, as a substring) is not searched for it.
 */
export function findHeavyWords(
	paragraphs: readonly string[],
	language: WrittenStandard = 'nb',
	extra: readonly HeavyWordEntry[] = [],
): HeavyWordFinding[] {
	const text = paragraphs.join('\n');
	const lower = text.toLowerCase();
	const findings: HeavyWordFinding[] = [];
	const seen = new Set<string>();
	for (const [word, alternative] of [...heavyWordList(language), ...extra]) {
		const key = word.toLowerCase();
		if (!word.trim() || seen.has(key)) continue;
		seen.add(key);
		const { pattern, needle } = entryPattern(word);
		if (!lower.includes(needle)) continue;
		const matches = [...text.matchAll(pattern)];
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
