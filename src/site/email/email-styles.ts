/**
 * Colours and CSS of the e-mails. EMAIL_INLINE_CSS is inlined into `style` attributes by MJML
 * (juice), so layout and type never depend on a `<style>` element that Gmail's web client or
 * Outlook drop. EMAIL_DARK_CSS stays in `<style>`: clients that honour `prefers-color-scheme`
 * (Apple Mail, Outlook for Mac and iOS) get dark colours; the others keep the light ones, which
 * are chosen so that a client that inverts colours still has high contrast (text on plain
 * backgrounds, no text in images). Every pair below is at least 7:1 (WCAG AAA) in both schemes.
 */
export const EMAIL_COLORS = {
	page: '#eef1f3',
	card: '#ffffff',
	text: '#1c1f23',
	muted: '#444c55',
	link: '#0a4f80',
	brand: '#0b3b5c',
	onBrand: '#ffffff',
	boxBg: '#fff3dc',
	boxBorder: '#9a4b00',
} as const;
const C = EMAIL_COLORS;

const HEADINGS = 'font-family: Arial, Helvetica, sans-serif; font-weight: bold; color: #1c1f23;';

export const EMAIL_INLINE_CSS = `
.email-text h1 { ${HEADINGS} font-size: 28px; line-height: 1.25; margin: 24px 0 8px; }
.email-text h2 { ${HEADINGS} font-size: 22px; line-height: 1.3; margin: 28px 0 8px; }
.email-text h3 { ${HEADINGS} font-size: 18px; line-height: 1.35; margin: 20px 0 4px; }
.email-text p { margin: 0 0 16px; }
.email-text ul, .email-text ol { margin: 0 0 16px; padding: 0 0 0 24px; }
.email-text li { margin: 0 0 6px; }
.email-text blockquote { margin: 0 0 16px; padding: 0 0 0 16px; border-left: 4px solid ${C.brand}; font-style: italic; }
.email-text a { color: ${C.link}; text-decoration: underline; }
.email-text h2 a, .email-text h3 a { color: ${C.link}; }
.email-meta { color: ${C.muted}; font-size: 14px; margin: 0 0 16px; }
.email-ingress { font-size: 19px; line-height: 1.45; margin: 0 0 20px; }
.email-kind { color: ${C.muted}; font-size: 14px; font-weight: bold; text-transform: uppercase; letter-spacing: 1px; margin: 24px 0 0; }
.email-figure { margin: 0 0 20px; }
.email-image { display: block; width: 100%; max-width: 552px; height: auto; border: 0; }
.email-image-wide { display: block; width: 100%; max-width: 600px; height: auto; border: 0; }
.email-caption { color: ${C.muted}; font-size: 14px; line-height: 1.4; margin: 8px 0 0; }
.email-flush .email-caption { padding: 0 24px; }
.email-box { background-color: ${C.boxBg}; border-left: 6px solid ${C.boxBorder}; padding: 12px 16px; margin: 0 0 20px; color: ${C.text}; }
.email-box p { margin: 0; }
.email-closing { margin: 24px 0 4px; }
.email-signature { margin: 0 0 20px; }
.email-logo { margin: 0; }
.email-logo img { display: block; border: 0; height: auto; }
.email-contact { border-top: 1px solid #c9d1d9; padding: 16px 0 0; margin: 8px 0 16px; }
.email-contact p { margin: 0 0 4px; }
.attachment { margin: 0 0 12px; }
.attachment__meta { color: ${C.muted}; }
.attachment__description { display: block; color: ${C.muted}; font-size: 14px; }
.email-item { margin: 0 0 20px; }
.email-item h3 { margin: 0 0 4px; }
.email-small { font-size: 14px; line-height: 1.5; color: ${C.muted}; }
.email-small p { margin: 0 0 8px; }
.email-small a { color: ${C.link}; }
.email-brand-name { margin: 0; font-size: 22px; line-height: 1.3; font-weight: bold; }
.email-brand-name a { color: ${C.onBrand}; text-decoration: none; }
`;

/** Dark colours for clients that honour prefers-color-scheme; `[data-ogsc]` is Outlook.com's dark mode. */
export const EMAIL_DARK_CSS = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
	.email-page, .email-page > div, .email-top, .email-footer { background-color: #121416 !important; }
	.email-card, .email-card > table { background-color: #1d2125 !important; }
	.email-text div, .email-text h1, .email-text h2, .email-text h3, .email-text li, .email-text p { color: #e8eaed !important; }
	.email-text a, .email-small a { color: #9ccbff !important; }
	.email-small div, .email-small p, .email-meta, .email-caption, .email-kind, .attachment__meta, .attachment__description { color: #c9ced4 !important; }
	.email-box { background-color: #3b2a0e !important; border-color: #f0a848 !important; }
	.email-text .email-box p { color: #fbe9cf !important; }
}
[data-ogsc] .email-text a { color: #9ccbff !important; }
`;
