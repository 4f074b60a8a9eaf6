import { HEAVY_WORDS_NB } from './words-nb.ts';
import { HEAVY_WORDS_NN } from './words-nn.ts';

/** The written standards of Norwegian the site publishes in (ISO 639-1). */
export type WrittenStandard = 'nb' | 'nn';

/** One list entry: the heavy word or phrase (a trailing `*` counts inflected forms), a plainer alternative. */
export type HeavyWordEntry = readonly [word: string, alternative: string];

/** A heavy word found in a text: the list's word, the form as written, the alternative, how often. */
export type HeavyWordFinding = { word: string; found: string; alternative: string; count: number };

/** Endings an inflected entry may take (verbs and nouns: -e, -er, -es, -et, -te, -ende, -inga …). */
const ENDING_LIST = 'e r s t er es et te de en ne ar ast ande ende ing inga ingen'.split(' ');
const ENDINGS = `(?:${ENDING_LIST.join('|')})?`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A pattern's word boundary: a run of letters and digits is one word.
const WORD = /^[\p{L}\p{N}]+$/u;
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** The built-in list of a written standard. */
export function heavyWordList(language: WrittenStandard): readonly HeavyWordEntry[] {
	return language === 'nn' ? HEAVY_WORDS_NN : HEAVY_WORDS_NB;
}

/**
 * A compiled entry: a case-insensitive pattern bounded by non-letters on both sides; and the forms
 * each of its words can take as a whole word of the text (the last with the endings when the
 * entry inflects), or null when a word is not one run of letters (iht.): then the text is
 * searched for `needle`, its lower-cased first word, as a substring.
 */
type Entry = {
	word: string;
	alternative: string;
	pattern: RegExp;
	needle: string;
	forms: readonly (readonly string[])[] | null;
};

function compileEntry(word: string, alternative: string): Entry {
	const inflects = word.endsWith('*');
	const bare = (inflects ? word.slice(0, -1) : word).toLowerCase();
	const words = bare.split(' ');
	const last = words.length - 1;
	const stem = escape(bare).replace(/ /g, '\\s+');
	return {
		word,
		alternative,
		pattern: new RegExp(
			`(?<![\\p{L}\\p{N}])${stem}${inflects ? ENDINGS : ''}(?![\\p{L}\\p{N}])`,
			'giu',
		),
		needle: words[0]!,
		forms: !words.every((w) => WORD.test(w))
			? null
			: words.map((w, i) => (inflects && i === last ? [w, ...ENDING_LIST.map((e) => w + e)] : [w])),
	};
}

/** A list compiled once: its entries (the first of each word), and each whole-word form → [entry, word] pairs. */
type CompiledList = { entries: Entry[]; forms: Map<string, [entry: number, word: number][]> };
const lists = new Map<string, CompiledList>();

/** The list of `language` plus `extra`, compiled once per build (a few lists are kept). */
function compiledList(language: WrittenStandard, extra: readonly HeavyWordEntry[]): CompiledList {
	const cacheKey = JSON.stringify([language, extra]);
	let list = lists.get(cacheKey);
	if (list) return list;
	list = { entries: [], forms: new Map() };
	const seen = new Set<string>();
	for (const [word, alternative] of [...heavyWordList(language), ...extra]) {
		const key = word.toLowerCase();
		if (!word.trim() || seen.has(key)) continue;
		seen.add(key);
		const i = list.entries.push(compileEntry(word, alternative)) - 1;
		list.entries[i]!.forms?.forEach((forms, w) => {
			for (const form of forms) {
				const hits = list!.forms.get(form);
				if (hits) hits.push([i, w]);
				else list!.forms.set(form, [[i, w]]);
			}
		});
	}
	if (lists.size >= 8) lists.clear();
	lists.set(cacheKey, list);
	return list;
}

/**
 * The entries of the list for `language` (plus the office's `extra` entries) that occur in
 * `paragraphs`, in list order; case and inflection (entries with `*`) do not matter. A pattern is
 * run only on a text that holds each of its words as a whole word in one of its forms.
 */
export function findHeavyWords(
	paragraphs: readonly string[],
	language: WrittenStandard = 'nb',
	extra: readonly HeavyWordEntry[] = [],
): HeavyWordFinding[] {
	const text = paragraphs.join('\n');
	const lower = text.toLowerCase();
	const { entries, forms } = compiledList(language, extra);
	// Bit w of seen[i]: entry i's word w is in the text.
	const seen = new Int32Array(entries.length);
	for (const word of lower.split(NOT_WORD))
		for (const [i, w] of forms.get(word) ?? []) seen[i] = seen[i]! | (1 << w);
	const findings: HeavyWordFinding[] = [];
	entries.forEach(({ word, alternative, pattern, needle, forms: words }, i) => {
		const present = words ? seen[i] === (1 << words.length) - 1 : lower.includes(needle);
		if (!present) return;
		const matches = [...text.matchAll(pattern)];
		if (matches.length === 0) return;
		const found = matches[0]![0];
		findings.push({ word: word.replace(/\*$/, ''), found, alternative, count: matches.length });
	});
	return findings;
}
