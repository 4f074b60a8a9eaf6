/**
 * zod schemas of the field kinds the document schemas (schemas.ts) share: text, slugs, optional
 * lists, a document's written standard and the plain-language assistant's settings.
 */
import { z } from 'astro/zod';
import { WRITTEN_STANDARDS } from '../lib/languages.ts';
import { SLUG_PATTERN, slugify } from '../lib/slugify.ts';
import { contentMessages as m } from '../report/messages.ts';

export const text = z.string().trim().min(1);
/** A slug: `[a-z0-9-]`; an invalid one is quoted in the report with the normalised suggestion. */
export const slug = z.string().regex(SLUG_PATTERN, {
	error: (issue) => m.invalidSlug(String(issue.input), slugify(String(issue.input))),
});
export const optionalText = z.string().nullish();
/** An optional array: a missing one is an empty list, not a fault. */
export const listOf = <T extends z.ZodType>(item: T) =>
	z
		.array(item)
		.nullish()
		.transform((v) => v ?? []);

/** A document's written standard (`nb`/`nn`); missing means bokmål. */
export const languageSchema = z
	.enum(WRITTEN_STANDARDS)
	.nullish()
	.transform((v) => v ?? 'nb');

/** siteSettings.plainLanguage: the assistant's LIX targets and the office's own heavy words. */
export const plainLanguageSettingsSchema = z
	.object({
		bodyLix: z.number().nullish(),
		excerptLix: z.number().nullish(),
		extraWords: listOf(
			z.object({ word: optionalText, alternative: optionalText, language: optionalText }),
		),
	})
	.nullish();
