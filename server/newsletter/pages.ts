/**
 * The publish server's own small pages for sign-up, confirm and unsubscribe: plain HTML that
 * works without JavaScript, `lang="nb"`, one `h1` in `main`, a link back to the newsletter page,
 * `noindex`. Buttons are forms that POST, because mail scanners open links (GET) and must
 * confirm or unsubscribe nobody. Every string comes from src/lib/i18n and is escaped.
 */
import { escapeAttribute, escapeText } from '../../src/lib/escape.ts';
import { t, type I18nKey } from '../../src/lib/i18n.ts';

const STYLE =
	'body{font:1.125rem/1.5 system-ui,sans-serif;margin:0;color:#1c1f23;background:#fff}main{max-width:36rem;margin:0 auto;padding:2rem 1rem}h1{font-size:1.75rem;line-height:1.25}button{font:inherit;font-weight:600;padding:.6rem 1.4rem;border:2px solid #0b3b5c;border-radius:4px;background:#0b3b5c;color:#fff;cursor:pointer}button:focus-visible,a:focus-visible{outline:3px solid #9a4b00;outline-offset:2px}a{color:#0a4f80}';

export type PageOptions = {
	title: I18nKey;
	body: string;
	/** A form with one button that POSTs to `action`. */
	button?: { action: string; label: I18nKey };
	/** The newsletter page on the site («Til nyhetsbrevsiden»). */
	backUrl: string;
	/** The privacy statement, linked when given. */
	privacyUrl?: string;
};

/** A complete HTML page. */
export function page(opts: PageOptions): string {
	const form = opts.button
		? `<form method="post" action="${escapeAttribute(opts.button.action)}"><button type="submit">${escapeText(t(opts.button.label))}</button></form>`
		: '';
	const privacy = opts.privacyUrl
		? ` · <a href="${escapeAttribute(opts.privacyUrl)}">${escapeText(t('newsletter.privacyLink'))}</a>`
		: '';
	return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeText(t(opts.title))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeText(t(opts.title))}</h1>
<p>${escapeText(opts.body)}</p>
${form}
<p><a href="${escapeAttribute(opts.backUrl)}">${escapeText(t('newsletter.back'))}</a>${privacy}</p>
</main>
</body>
</html>`;
}
