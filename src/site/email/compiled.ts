/**
 * E-mails compiled once per shape and filled per e-mail. MJML's parse, validation and CSS inlining
 * (juice) of the whole document cost about 13 ms per e-mail (bench/README.md); every post edition
 * has the same frame, so the frame is compiled once with a slot for each part that changes (title,
 * preview, «Les på nettsiden» link, the HTML of each content section), and each e-mail fills the
 * slots: its sections' HTML gets the inline CSS through juice alone, inside the same classes it
 * sits in within the frame, so the result is the same, byte for byte, as compiling the whole
 * e-mail (tests/unit/site/email-compiled.test.ts compares them).
 */
import juice from 'juice';
import { escapeAttribute, escapeText } from '../../lib/escape.ts';
import { EMAIL_INLINE_CSS } from './email-styles.ts';

/** The juice options MJML applies (mjml-core) with ours (email-shell.ts). */
export const JUICE_OPTIONS = { applyHeightAttributes: false, applyWidthAttributes: false };

/** One text section as `textSection` writes it: its css-classes and its HTML. */
const SECTION =
	/^(<mj-section css-class="([^"]*)"[^>]*><mj-column><mj-text css-class="([^"]*)"[^>]*>)([\s\S]*)(<\/mj-text><\/mj-column><\/mj-section>)$/;

/** A slot token: letters only, so MJML, juice and escaping leave it as it is. */
const slot = (n: number) => `kssporslot${String.fromCharCode(97 + (n % 26))}${n}x`;

/** The parts of an e-mail that change: what the frame holds as slots, and their values. */
export type Slotted = { source: string; values: string[] };

/**
 * The MJML source of an e-mail with its changing parts replaced by slots, or null when a section is
 * not a text section (that e-mail is compiled whole).
 */
export function slotted(
	parts: { title: string; preview: string; webUrl: string; sections: string[] },
	source: (p: { title: string; preview: string; webUrl: string; sections: string[] }) => string,
): Slotted | null {
	const values: string[] = [];
	const put = (value: string) => (values.push(value), slot(values.length - 1));
	const found = parts.sections.map((section) => SECTION.exec(section));
	if (found.some((m) => !m)) return null;
	const matches = found as RegExpExecArray[];
	const inlined = inlineSections(
		matches.map(([, , sc, tc, html]) => ({ html: html!.trim(), classes: [sc!, tc!] })),
	);
	const sections = matches.map(([, open, , , , close], i) => `${open}${put(inlined[i]!)}${close}`);
	// An empty preview writes no preview element at all: it stays in the frame.
	const preview = parts.preview === '' ? '' : put(escapeText(parts.preview));
	const title = put(escapeText(parts.title));
	const webUrl = put(escapeAttribute(parts.webUrl));
	// The values are escaped here; the frame's builder escapes the tokens, which leaves them as they are.
	return { source: source({ title, preview, webUrl, sections }), values };
}

export type Section = { html: string; classes: string[] };

const START = 'kssporslotstart';
const END = 'kssporslotend';

/**
 * Sections' HTML with the e-mail's inline CSS applied as MJML applies it to the whole e-mail:
 * each inside elements carrying the classes it sits in (the body's, the section's, the text's);
 * one juice pass for all of them.
 */
export function inlineSections(sections: Section[]): string[] {
	const wrapped = sections.map(({ html, classes }) => {
		const open = ['email-page', ...classes].map((c) => `<div class="${c}">`).join('');
		return `${open}<!--${START}-->${html}<!--${END}-->${'</div>'.repeat(classes.length + 1)}`;
	});
	const out = juice(wrapped.join(''), {
		applyStyleTags: false,
		extraCss: EMAIL_INLINE_CSS,
		insertPreservedExtraCss: false,
		removeStyleTags: false,
		...JUICE_OPTIONS,
	});
	return out
		.split(`<!--${START}-->`)
		.slice(1)
		.map((part) => part.slice(0, part.indexOf(`<!--${END}-->`)));
}

/** One section's HTML with the inline CSS of the classes it sits in (see inlineSections). */
export const inlineSection = (html: string, classes: string[]): string =>
	inlineSections([{ html, classes }])[0]!;

/** Fills a compiled frame's slots (in `compiled`) with `values`. */
export function fillSlots(compiled: string, values: string[]): string {
	return compiled.replace(/kssporslot[a-z](\d+)x/g, (_, n: string) => values[Number(n)]!);
}
