/**
 * The page left at a moved address for hosts that cannot redirect (GitHub Pages): it sends the
 * browser on at once (`<meta http-equiv="refresh">`, HTML Living Standard §4.2.5.3), names the new
 * address as canonical so search engines move their index, shows a visible link for anyone whose
 * browser does not follow, and is not indexed itself. No script, so the site's CSP is untouched.
 */
import { SITE_LANG } from '../../consts.ts';
import { escapeAttribute, escapeText } from '../../lib/escape.ts';
import { t } from '../../lib/i18n.ts';

/** The HTML of the redirect page to `to` (an absolute URL of the same site). */
export function redirectPageHtml(to: string, siteTitle: string): string {
	const href = escapeAttribute(to);
	const title = escapeText(`${t('moved.title')} – ${siteTitle}`);
	return `<!doctype html>
<html lang="${SITE_LANG}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${href}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<main>
<h1>${escapeText(t('moved.title'))}</h1>
<p>${escapeText(t('moved.text'))} <a href="${href}">${escapeText(to)}</a></p>
</main>
</body>
</html>
`;
}

/**
 * A `_redirects` file (Netlify and Cloudflare Pages: `<from> <to> <status>` per line) with a 301
 * for every moved address. Removed addresses are left to the static «Saken er fjernet» page:
 * Cloudflare accepts only redirect statuses there.
 * @see https://docs.netlify.com/routing/redirects/
 * @see https://developers.cloudflare.com/pages/configuration/redirects/
 */
export function redirectsFile(moved: ReadonlyMap<string, string>): string {
	const lines = [...moved]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([from, to]) => `${from} ${to} 301`);
	return `# Flyttede adresser (skrevet av bygget, src/site/addresses/)\n${lines.join('\n')}\n`;
}
