import type { ValidationContext } from 'sanity';
import {
	PLAIN_LANGUAGE_DEFAULTS,
	type HeavyWordEntry,
	type WrittenStandard,
} from '../../src/lib/plain-language/index.ts';
import { API_VERSION, SITE_SETTINGS_ID } from './constants';

/** The office's own additions and targets, as stored in siteSettings.plainLanguage. */
export type StoredPlainLanguage = {
	bodyLix?: number;
	excerptLix?: number;
	extraWords?: { word?: string; alternative?: string; language?: string }[];
} | null;

/** The settings the assistant works with: targets and the office's extra words per standard. */
export type PlainLanguageSettings = {
	bodyLix: number;
	excerptLix: number;
	extraWords: (language: WrittenStandard) => HeavyWordEntry[];
};

/** The query for the settings; the assistant reads the published settings. */
export const PLAIN_LANGUAGE_SETTINGS_QUERY = `*[_id == $id][0].plainLanguage`;
export const PLAIN_LANGUAGE_SETTINGS_PARAMS = { id: SITE_SETTINGS_ID };

/** Fills the defaults (45 body, 40 ingress) into what the settings store. */
export function resolvePlainLanguage(stored: StoredPlainLanguage): PlainLanguageSettings {
	const words = stored?.extraWords ?? [];
	return {
		bodyLix: stored?.bodyLix ?? PLAIN_LANGUAGE_DEFAULTS.bodyLix,
		excerptLix: stored?.excerptLix ?? PLAIN_LANGUAGE_DEFAULTS.excerptLix,
		extraWords: (language) =>
			words
				.filter((entry) => entry.word?.trim() && (entry.language ?? 'both') !== otherThan(language))
				.map((entry) => [entry.word!.trim(), entry.alternative?.trim() ?? ''] as const),
	};
}

const otherThan = (language: WrittenStandard) => (language === 'nn' ? 'nb' : 'nn');

/** Reads the settings through the Studio's client, in a validator. */
export async function loadPlainLanguage(
	context: ValidationContext,
): Promise<PlainLanguageSettings> {
	const client = context.getClient({ apiVersion: API_VERSION });
	const stored = await client.fetch<StoredPlainLanguage>(
		PLAIN_LANGUAGE_SETTINGS_QUERY,
		PLAIN_LANGUAGE_SETTINGS_PARAMS,
	);
	return resolvePlainLanguage(stored);
}
