/**
 * The shared frame of every e-mail (post editions and digests): head with the e-mail marker,
 * `noindex`, colour schemes and styles, the organisation's header, the content sections, and the
 * footer with the sender and the unsubscribe placeholder. MJML 5 turns it into table markup that
 * Outlook's Word engine, Gmail and Apple Mail render, and inlines the CSS marked `inline` (juice).
 * MJML's default web-font import is off (`fonts: {}`): no request leaves for a font host. The frame
 * is compiled once per shape and filled per e-mail (compiled.ts).
 */
import mjml2html from 'mjml';
import { EMAIL_GUTTER, EMAIL_WIDTH, SITE_LANG } from '../../consts.ts';
import { t } from '../../lib/i18n.ts';
import { EMAIL_DARK_CSS, EMAIL_INLINE_CSS, EMAIL_COLORS as C } from './email-styles.ts';
import { escapeAttribute, escapeText } from '../../lib/escape.ts';
import { resolveUrl } from '../../lib/urls.ts';
import { fillSlots, JUICE_OPTIONS, slotted } from './compiled.ts';

/** What the shell needs from the site settings: names, address and the e-mail's logo. */
export type EmailSender = {
	title: string;
	shortName?: string | null | undefined;
	organisation?: string | null | undefined;
	url: string;
	/** siteSettings.contact: the office's postal address (lines) and e-mail, for the footer. */
	contact?:
		{ address?: string | null | undefined; email?: string | null | undefined } | null | undefined;
	/** The logo's PNG rendition (root-relative or CDN URL) with its alt text; none without a logo. */
	logo?: { url: string; width: number; height: number; alt: string } | null | undefined;
};

export type EmailDocument = {
	/** The `<title>` (and the label of the message for screen readers). */
	title: string;
	/** The preheader: the line inboxes show after the subject. */
	preview: string;
	sender: EmailSender;
	/** «Les på nettsiden»: the page this e-mail is an edition of. */
	webUrl: string;
	/** MJML sections between the header and the footer (see `textSection`). */
	sections: string[];
	/** The unsubscribe placeholder (`{{unsubscribe_url}}`): the sender fills in each reader's link. */
	unsubscribe: string;
	/** The sign-up page (/nyhetsbrev/), shown to readers of a forwarded copy. */
	signupUrl?: string | null | undefined;
};

/**
 * A white content section holding HTML (escaped by the caller); `flush` drops the side padding
 * (a full-width image), `top` adds space above (px).
 */
export function textSection(
	html: string,
	opts: { cssClass?: string; flush?: boolean; top?: number } = {},
): string {
	const padding = `${opts.top ?? 0}px ${opts.flush ? 0 : EMAIL_GUTTER}px 0`;
	return `<mj-section css-class="email-card" background-color="${C.card}" padding="0"><mj-column><mj-text css-class="email-text${opts.cssClass ? ` ${opts.cssClass}` : ''}" padding="${padding}">${html}</mj-text></mj-column></mj-section>`;
}

/** The office's name as a letter signs it: the short name ("KS Trøndelag"), else the site title. */
const officeName = (sender: EmailSender) => sender.shortName?.trim() || sender.title;

/** The header: the logo (an absolute PNG with its alt text) or, without one, the office's name. */
function header(doc: EmailDocument): string {
	const home = `${doc.sender.url}/`;
	const web = `<a href="${escapeAttribute(doc.webUrl)}">${escapeText(t('email.readOnWeb'))}</a>`;
	const logo = doc.sender.logo;
	// A plain <img> in mj-text: mj-image adds `target` and table CSS that Gmail and Outlook lack.
	const brand = logo
		? `<mj-text css-class="email-brand" padding="0"><p class="email-logo"><a href="${escapeAttribute(home)}"><img src="${escapeAttribute(resolveUrl(logo.url, doc.sender.url))}" alt="${escapeAttribute(logo.alt)}" width="${logo.width}" height="${logo.height}"></a></p></mj-text>`
		: `<mj-text css-class="email-brand" padding="0"><p class="email-brand-name"><a href="${escapeAttribute(home)}">${escapeText(doc.sender.title)}</a></p></mj-text>`;
	return [
		`<mj-section css-class="email-top" padding="12px ${EMAIL_GUTTER}px"><mj-column><mj-text css-class="email-small" align="right" padding="0">${web}</mj-text></mj-column></mj-section>`,
		`<mj-section css-class="email-header" background-color="${C.brand}" padding="20px ${EMAIL_GUTTER}px"><mj-column>${brand}</mj-column></mj-section>`,
	].join('');
}

/** The footer's first lines: the office by name with its postal address, e-mail and web site. */
function office(sender: EmailSender): string[] {
	const name = officeName(sender);
	// An address that starts with the office's name (as a letter's would) does not repeat it.
	const address = (sender.contact?.address ?? '')
		.split('\n')
		.map((line) => line.trim())
		.filter((line, i) => line && !(i === 0 && line === name));
	const email = sender.contact?.email?.trim();
	const host = sender.url.replace(/^https?:\/\//, '');
	return [
		`<p><strong>${escapeText(name)}</strong>${address.length ? `<br>${address.map(escapeText).join(', ')}` : ''}</p>`,
		`<p>${email ? `<a href="mailto:${escapeAttribute(email)}">${escapeText(email)}</a> · ` : ''}<a href="${escapeAttribute(sender.url)}/">${escapeText(host)}</a></p>`,
	];
}

function footer(doc: EmailDocument): string {
	const lines = [
		...office(doc.sender),
		doc.signupUrl
			? `<p>${escapeText(t('email.forwarded'))} <a href="${escapeAttribute(doc.signupUrl)}">${escapeText(t('email.signup'))}</a></p>`
			: '',
		`<p>${escapeText(t('email.why'))} <a href="${escapeAttribute(doc.unsubscribe)}">${escapeText(t('email.unsubscribe'))}</a></p>`,
	];
	return `<mj-section css-class="email-footer" padding="16px ${EMAIL_GUTTER}px 32px"><mj-column><mj-text css-class="email-small" padding="0">${lines.join('')}</mj-text></mj-column></mj-section>`;
}

/** The MJML source of an e-mail (exported for tests that check MJML's validation). */
export function emailMjml(doc: EmailDocument): string {
	return `<mjml lang="${SITE_LANG}">
<mj-head>
<mj-title>${escapeText(doc.title)}</mj-title>
<mj-preview>${escapeText(doc.preview)}</mj-preview>
<mj-raw><meta name="x-edition" content="email"><meta name="robots" content="noindex, nofollow"><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"></mj-raw>
<mj-attributes><mj-all font-family="Arial, Helvetica, sans-serif" /><mj-text font-size="16px" line-height="1.5" color="${C.text}" /></mj-attributes>
<mj-style inline="inline">${EMAIL_INLINE_CSS}</mj-style>
<mj-style>${EMAIL_DARK_CSS}</mj-style>
</mj-head>
<mj-body width="${EMAIL_WIDTH}px" background-color="${C.page}" css-class="email-page">
${header(doc)}
${doc.sections.join('\n')}
${footer(doc)}
</mj-body>
</mjml>`;
}

/** MJML source to HTML; throws with MJML's messages when the markup is invalid (strict). */
async function compile(source: string): Promise<string> {
	const result = await mjml2html(source, {
		fonts: {},
		validationLevel: 'strict',
		minify: false,
		keepComments: false,
		// Keep the images' pixel width/height attributes (Outlook sizes by them) instead of juice
		// copying `height: auto` from the CSS into the attribute.
		juiceOptions: JUICE_OPTIONS,
	});
	if (result.errors.length)
		throw new Error(result.errors.map((e) => e.formattedMessage).join('\n'));
	return result.html;
}

/** The frames compiled in this process, by their MJML source with slots (compiled.ts). */
const frames = new Map<string, Promise<string>>();

/** How many frames this process has compiled (each once). */
export const compiledFrames = (): number => frames.size;

/** Renders the whole e-mail through MJML, frame and content (the reference for the compiled path). */
export const renderEmailWhole = (doc: EmailDocument): Promise<string> => compile(emailMjml(doc));

/**
 * Renders the e-mail to HTML: its frame compiled once per shape, its parts filled in (compiled.ts);
 * the same bytes as `renderEmailWhole`. Throws with MJML's messages when the markup is invalid.
 */
export async function renderEmail(doc: EmailDocument): Promise<string> {
	const parts = slotted(doc, (p) => emailMjml({ ...doc, ...p }));
	if (!parts) return renderEmailWhole(doc);
	let frame = frames.get(parts.source);
	if (!frame) frames.set(parts.source, (frame = compile(parts.source)));
	return fillSlots(await frame, parts.values);
}
