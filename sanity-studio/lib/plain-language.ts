/**
 * The plain-language assistant's validation (klarspråk): warnings only, so it never blocks
 * publishing. The rules are the shared pure functions in src/lib/plain-language/; this file only
 * words them in Norwegian and reads the office's targets and words from the settings.
 */
import type { CustomValidator } from 'sanity';
import {
	analyzeText,
	blockTexts,
	isTitleTooLong,
	LONG_SENTENCE_WORDS,
	PLAIN_LANGUAGE_DEFAULTS,
	textParagraphs,
	type PlainLanguageReport,
} from '../../src/lib/plain-language/index.ts';
import { writtenStandard } from './languages';
import { loadPlainLanguage } from './plain-language-settings';

/** The field kinds the assistant reads: a portable-text body or a plain-text ingress. */
export type AssistedText = 'body' | 'excerpt';

const quote = (text: string) => `«${text}»`;

/** The assistant's findings on one text, as the Studio's warning messages (none when plain). */
export function plainLanguageMessages(report: PlainLanguageReport): string[] {
	const messages: string[] = [];
	if (report.overTarget)
		messages.push(
			`Klarspråk: LIX ${report.lix} (${report.band}). Målet er under ${report.lixTarget}: kortere setninger og kortere ord gjør teksten lettere å lese.`,
		);
	const long = report.longSentences;
	if (long.length > 0)
		messages.push(
			`Klarspråk: ${long.length === 1 ? 'Én setning har' : `${long.length} setninger har`} over ${LONG_SENTENCE_WORDS} ord: ${long.map((s) => quote(s.start)).join(', ')}. Del dem gjerne opp.`,
		);
	if (report.heavyWords.length > 0)
		messages.push(
			`Klarspråk: Tunge ord – ${report.heavyWords.map((h) => `${quote(h.found)} (skriv heller ${quote(h.alternative)})`).join(', ')}.`,
		);
	return messages;
}

/** The validator of a body or ingress: reads the document's language and the office's settings. */
export function checkPlainLanguage(kind: AssistedText): CustomValidator<unknown> {
	return async (value, context) => {
		const paragraphs = kind === 'body' ? blockTexts(value) : textParagraphs(value);
		if (paragraphs.length === 0) return true;
		const settings = await loadPlainLanguage(context);
		const language = writtenStandard(context.document?.language);
		const report = analyzeText(paragraphs, {
			language,
			lixTarget: kind === 'body' ? settings.bodyLix : settings.excerptLix,
			extraWords: settings.extraWords(language),
		});
		const messages = plainLanguageMessages(report);
		return messages.length === 0 ? true : messages.map((message) => ({ message }));
	};
}

/** The title rule: over 70 characters is cut in search results and on Facebook. */
export const checkTitleLength: CustomValidator<string | undefined> = (title) =>
	isTitleTooLong(title)
		? `Klarspråk: Titler over ${PLAIN_LANGUAGE_DEFAULTS.titleMaxLength} tegn blir kuttet i søkeresultater og på Facebook. En kortere tittel, gjerne et spørsmål, når lenger.`
		: true;
