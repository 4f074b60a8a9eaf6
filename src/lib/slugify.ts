/**
 * The one slug rule, shared by the Studio (sanity-studio/lib imports this file), the seed generator
 * and the site: æ → ae, ø → o, å → a; letters of Sami and other European names that carry no
 * accent to drop (đ, ŋ, ŧ, ß, ł, þ …) transliterated; other accents dropped (š → s, ï → i);
 * everything else to [a-z0-9-].
 */
const MAX_SLUG_LENGTH = 96;

/**
 * Letters that Unicode does not decompose into a Latin letter plus an accent: Norwegian (æ, ø, å),
 * Northern Sami (đ, ŋ, ŧ → d, n, t: Porsáŋgu → porsangu), German ß, Polish ł,
 * Icelandic þ/ð, and a few more. Accented letters (á, č, š, ž, ï, ö …) lose their accent by NFKD.
 */
const LETTERS: Record<string, string> = {
	æ: 'ae',
	ø: 'o',
	å: 'a',
	đ: 'd',
	ŋ: 'n',
	ŧ: 't',
	ß: 'ss',
	ł: 'l',
	þ: 'th',
	ð: 'd',
	œ: 'oe',
	ħ: 'h',
	ŀ: 'l',
	ı: 'i',
	ĸ: 'k',
};

/** Pattern every slug must match: lowercase a–z, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns a Norwegian title into a URL slug ("Årsmøte 2024" → "arsmote-2024"); at most 96 characters. */
export function slugify(input: string): string {
	return input
		.toLowerCase()
		.replace(/[æøåđŋŧßłþðœħŀıĸ]/g, (c) => LETTERS[c] ?? c)
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, MAX_SLUG_LENGTH)
		.replace(/^-+|-+$/g, '');
}
