/**
 * The plain-text part of an e-mail, made from its HTML with html-to-text, so both parts say the
 * same: headings on their own lines, lists with bullets, every link's address after its text
 * ("Les på nettsiden [https://…]"), images left out (their captions are text). The preheader
 * (hidden, outside the message element) is not repeated.
 */
import { compile } from 'html-to-text';

const heading = { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 };

/** The converter, compiled once (html-to-text's `compile`: its selectors are built once). */
const convert = compile({
	wordwrap: 76,
	baseElements: { selectors: ['div[role="article"]'], returnDomByDefault: true },
	selectors: [
		{ selector: 'img', format: 'skip' },
		{ selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
		{ selector: 'h1', options: heading },
		{ selector: 'h2', options: heading },
		{ selector: 'h3', options: heading },
		{ selector: 'table', format: 'block' },
		{ selector: 'tr', format: 'block' },
		{ selector: 'td', format: 'block' },
	],
});

/** Plain text of an e-mail's HTML, wrapped at 76 characters (RFC 2646 style line length). */
export const textPart = (html: string): string => `${convert(html).trim()}\n`;
