/**
 * The plain-text part of an e-mail, made from its HTML with html-to-text, so both parts say the
 * same: headings on their own lines, lists with bullets, every link's address after its text
 * ("Les på nettsiden [https://…]"), images left out (their captions are text). The preheader
 * (hidden, outside the message element) is not repeated.
 */
import { htmlToText } from 'html-to-text';

const heading = { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 1 };

/** Plain text of an e-mail's HTML, wrapped at 76 characters (RFC 2646 style line length). */
export function textPart(html: string): string {
	return `${htmlToText(html, {
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
	}).trim()}\n`;
}
