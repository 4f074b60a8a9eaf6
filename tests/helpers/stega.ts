/**
 * Finds stega (the invisible edit links of Sanity's visual editing, @vercel/stega) in text: any of
 * the code points it encodes with (U+200B–U+200D, U+2060–U+2064, U+FEFF, and the legacy
 * U+1D173–U+1D17A), alone or in runs (VERCEL_STEGA_REGEX). Stricter than stegaClean, which only
 * removes runs of four or more.
 */
import { VERCEL_STEGA_REGEX } from '@vercel/stega';

const STEGA_CHARS = /[\u200B-\u200D\u2060-\u2064\uFEFF\u{1D173}-\u{1D17A}]/u;

/** The first stega character's code point and position, or null when the text has none. */
export function findStega(text: string): string | null {
	const run = new RegExp(VERCEL_STEGA_REGEX.source, 'u').exec(text);
	const single = STEGA_CHARS.exec(text);
	const found = run ?? single;
	if (!found) return null;
	const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
	return `U+${code} at ${found.index}`;
}
