import { defineField } from 'sanity';
import {
	type PartLanguage,
	type WrittenStandard,
	writtenStandard,
} from '../../src/lib/languages.ts';

export { writtenStandard };

/** The two written standards of Norwegian a document can be written in (ISO 639-1 codes). */
export const WRITTEN_STANDARDS = [
	{ title: 'Bokmål', value: 'nb' },
	{ title: 'Nynorsk', value: 'nn' },
] as const satisfies ReadonlyArray<{ title: string; value: WrittenStandard }>;

/**
 * Languages a part of a text can be marked with (the `lang` annotation; ISO 639 codes, as the
 * site writes them in `lang="…"`): nynorsk, the three Sami languages of Norway's Sami
 * administrative areas, and English.
 */
export const PART_LANGUAGES = [
	{ title: 'Nynorsk', value: 'nn' },
	{ title: 'Nordsamisk', value: 'se' },
	{ title: 'Sørsamisk', value: 'sma' },
	{ title: 'Lulesamisk', value: 'smj' },
	{ title: 'Engelsk', value: 'en' },
] as const satisfies ReadonlyArray<{ title: string; value: PartLanguage }>;

/** The `language` field of posts, events and settings: bokmål by default, or nynorsk. */
export function languageField(opts: { description: string; group?: string }) {
	return defineField({
		name: 'language',
		title: 'Språk',
		description: opts.description,
		type: 'string',
		...(opts.group ? { group: opts.group } : {}),
		options: { list: [...WRITTEN_STANDARDS], layout: 'radio', direction: 'horizontal' },
		initialValue: 'nb',
	});
}
