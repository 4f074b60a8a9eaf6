/**
 * The one slug rule, shared by the Studio (sanity-studio/lib imports this file), the seed generator
 * and the site: æ → ae, ø → o, å → a, other accents dropped, everything else to [a-z0-9-].
 */
const MAX_SLUG_LENGTH = 96;

/** Pattern every slug must match: lowercase a–z, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns a Norwegian title into a URL slug ("Årsmøte 2024" → "arsmote-2024"); at most 96 characters. */
export function slugify(input: string): string {
	return input
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/å/g, 'a')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, MAX_SLUG_LENGTH)
		.replace(/^-+|-+$/g, '');
}
