/**
 * All Norwegian (bokmål) UI text, grouped by component, read with `t('key', {vars})`. The one
 * dictionary is kept in three files by area (src/lib/i18n/) so none grows past a screenful.
 */
import { nbNewsletter } from './i18n/nb-newsletter.ts';
import { nbOutputs } from './i18n/nb-outputs.ts';
import { nbSite } from './i18n/nb-site.ts';
import { nbStatements } from './i18n/nb-statements.ts';

const nb = { ...nbSite, ...nbStatements, ...nbOutputs, ...nbNewsletter } as const;

export type I18nKey = keyof typeof nb;

/** Every key of the dictionary. */
export const I18N_KEYS = Object.keys(nb) as I18nKey[];

/** Looks up a UI string and fills `{name}` placeholders (a string without any is returned as it is). */
export function t(key: I18nKey, vars?: Record<string, string | number>): string {
	const text: string = nb[key];
	if (!text.includes('{')) return text;
	const values = vars ?? {};
	return text.replace(/\{(\w+)\}/g, (m, name: string) =>
		name in values ? String(values[name]) : m,
	);
}
