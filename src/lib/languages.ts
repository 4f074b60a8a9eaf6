/**
 * The languages content is marked with (BCP 47 / ISO 639 codes, as written in `lang="…"`): the two
 * written standards a document is in, and the languages a part of a text can be marked with
 * (WCAG 2.1 3.1.2, language of parts). The Studio offers the same codes (sanity-studio/lib/languages.ts).
 */
import { SITE_LANG } from '../consts.ts';

/** Bokmål and nynorsk: a document's `language`. The site's own texts are bokmål (SITE_LANG). */
export const WRITTEN_STANDARDS = ['nb', 'nn'] as const;
export type WrittenStandard = (typeof WRITTEN_STANDARDS)[number];

/** Nynorsk, Northern, Southern and Lule Sami, English: the `lang` annotation's codes. */
export const PART_LANGUAGES = ['nn', 'se', 'sma', 'smj', 'en'] as const;
export type PartLanguage = (typeof PART_LANGUAGES)[number];

/** The code of a `lang` annotation when it is one the site knows, else null (rendered unmarked). */
export function partLanguage(value: unknown): PartLanguage | null {
	return (PART_LANGUAGES as readonly unknown[]).includes(value) ? (value as PartLanguage) : null;
}

/** A document's written standard: `nn` when it says so, otherwise bokmål. */
export function writtenStandard(value: unknown): WrittenStandard {
	return value === 'nn' ? 'nn' : 'nb';
}

/**
 * The `lang` attribute for a text in `language` on a page in the site's language: omitted (undefined)
 * when they are the same, the code when they differ (WCAG 2.1 3.1.2).
 */
export function langWhereDifferent(language: string | null | undefined): string | undefined {
	return language && language !== SITE_LANG ? language : undefined;
}
