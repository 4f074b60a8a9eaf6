import { PLAIN_LANGUAGE_DEFAULTS } from './analyze.ts';
import type { HeavyWordEntry, WrittenStandard } from './heavy-words.ts';

/** The assistant's settings as siteSettings.plainLanguage stores them (every field optional). */
export type StoredPlainLanguage =
	| {
			bodyLix?: number | null | undefined;
			excerptLix?: number | null | undefined;
			extraWords?:
				| ReadonlyArray<{
						word?: string | null | undefined;
						alternative?: string | null | undefined;
						language?: string | null | undefined;
				  }>
				| null
				| undefined;
	  }
	| null
	| undefined;

/** The settings the rules work with: LIX targets and the office's extra words for a standard. */
export type PlainLanguageSettings = {
	bodyLix: number;
	excerptLix: number;
	extraWords: (language: WrittenStandard) => HeavyWordEntry[];
};

/**
 * Fills the defaults (body 45, ingress 40) into what the settings store; the office's words apply
 * to their standard (`nb`, `nn`) or to both (`both` or none), and an empty word is dropped.
 */
export function resolvePlainLanguage(stored: StoredPlainLanguage): PlainLanguageSettings {
	const words = stored?.extraWords ?? [];
	return {
		bodyLix: stored?.bodyLix ?? PLAIN_LANGUAGE_DEFAULTS.bodyLix,
		excerptLix: stored?.excerptLix ?? PLAIN_LANGUAGE_DEFAULTS.excerptLix,
		extraWords: (language) =>
			words.flatMap((entry) => {
				const word = entry.word?.trim();
				const scope = entry.language ?? 'both';
				if (!word || (scope !== 'both' && scope !== language)) return [];
				return [[word, entry.alternative?.trim() ?? ''] as const];
			}),
	};
}
