import type { ValidationContext } from 'sanity';
import {
	resolvePlainLanguage,
	type PlainLanguageSettings,
	type StoredPlainLanguage,
} from '../../src/lib/plain-language/index.ts';
import { API_VERSION, SITE_SETTINGS_ID } from './constants';

/** The query for the assistant's settings (siteSettings.plainLanguage). */
export const PLAIN_LANGUAGE_SETTINGS_QUERY = `*[_id == $id][0].plainLanguage`;
export const PLAIN_LANGUAGE_SETTINGS_PARAMS = { id: SITE_SETTINGS_ID };

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
