/**
 * Checks of an e-mail's HTML and text part, shared by the unit, build and browser suites: what an
 * e-mail must be (marker, noindex, lang, one h1, no script, no request beyond the site, images with
 * absolute src/alt/width, layout tables), e-mail-client support (caniemail data through
 * @jsx-email/doiuse-email), and a text part that carries every link of the HTML part.
 */
import { doIUseEmail } from '@jsx-email/doiuse-email';
import { parse } from 'node-html-parser';

export const EMAIL_MARKER = '<meta name="x-edition" content="email">';

/** True when an HTML file is an e-mail edition (carries the marker the browser suite keys on). */
export const isEmailHtml = (html: string) => html.includes(EMAIL_MARKER);

/** Every problem of an e-mail's HTML for a site at `site` ("https://host"); [] when none. */
export function emailProblems(
	html: string,
	site: string,
	unsubscribe = '{{unsubscribe_url}}',
): string[] {
	const problems: string[] = [];
	const doc = parse(html);
	const expect = (ok: unknown, problem: string) => ok || problems.push(problem);
	expect(isEmailHtml(html), 'no x-edition marker');
	expect(
		/noindex/.test(doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''),
		'no robots noindex',
	);
	expect(doc.querySelector('html')?.getAttribute('lang') === 'nb', 'html lang is not nb');
	expect(doc.querySelector('title')?.textContent.trim(), 'no <title>');
	expect(doc.querySelectorAll('h1').length === 1, `${doc.querySelectorAll('h1').length} h1`);
	expect(doc.querySelectorAll('script').length === 0, 'has <script>');
	expect(doc.querySelectorAll('link').length === 0, 'has <link> (external CSS or fonts)');
	expect(!/@import|@font-face|fonts\.googleapis/i.test(html), 'imports CSS or a web font');
	for (const [, url] of html.matchAll(/url\(\s*['"]?([^'")]+)/g))
		expect(url!.startsWith('data:'), `CSS url() ${url}`);
	for (const img of doc.querySelectorAll('img')) {
		const src = img.getAttribute('src') ?? '';
		expect(src.startsWith(`${site}/`), `img src not absolute on ${site}: ${src}`);
		expect(img.hasAttribute('alt'), `img without alt: ${src}`);
		expect(/^\d+$/.test(img.getAttribute('width') ?? ''), `img without numeric width: ${src}`);
		expect(/^\d+$/.test(img.getAttribute('height') ?? ''), `img without numeric height: ${src}`);
		expect(Number(img.getAttribute('width')) <= 600, `img wider than 600: ${src}`);
	}
	for (const a of doc.querySelectorAll('a')) {
		const href = a.getAttribute('href') ?? '';
		expect(
			/^(https?:\/\/|mailto:|tel:)/.test(href) || href === unsubscribe,
			`link not absolute: ${href}`,
		);
	}
	for (const table of doc.querySelectorAll('table'))
		expect(table.getAttribute('role') === 'presentation', 'layout table without role');
	return problems;
}

/**
 * caniemail errors for Outlook (Windows), Gmail and Apple Mail, on what a client must get right: the HTML
 * without its <style> elements (MJML's resets and media queries, and the dark-mode colours, are
 * enhancements that clients without <style> support simply skip; emailProblems and the browser
 * suite check that no layout depends on them), MJML's hidden preheader and MJML's own
 * `word-spacing:normal` reset on <body> removed. Our own markup and inline CSS must give none.
 */
export function emailClientErrors(html: string): string[] {
	const own = html
		.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
		.replace(/<div style="display:none;font-size:1px;[^"]*">[\s\S]*?<\/div>/, '')
		.replace(/word-spacing:normal;?/g, '');
	return ['outlook.windows', 'gmail.*', 'apple-mail.*'].flatMap((client) => {
		const result = doIUseEmail(own, { emailClients: [client] });
		return result.success ? [] : result.errors;
	});
}

/** Links of the HTML part missing from the text part (mailto: compared by address). */
export function linksMissingFromText(html: string, text: string): string[] {
	const hrefs = parse(html)
		.querySelectorAll('a[href]')
		.map((a) => a.getAttribute('href')!.replace(/&amp;/g, '&'));
	return [...new Set(hrefs)].filter((href) => !text.includes(href.replace(/^mailto:/, '')));
}
