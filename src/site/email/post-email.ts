/**
 * The e-mail edition of a post: the organisation's header, kind, title, date, ingress, main image
 * with caption and credit, the deadline box, the body (the portable-text renderer's e-mail variant:
 * same link and escaping rules as the page, absolute URLs, figures as e-mail images), the contact
 * block and «Les på nettsiden». Returns the HTML part and the text part.
 */
import { EMAIL_WIDTH } from '../../consts.ts';
import { formatDeadlineAbsolute, type Deadline } from '../../lib/deadline.ts';
import type { Post, Settings } from '../../content/store.ts';
import { formatDate } from '../../lib/dates.ts';
import { formatPhone } from '../../lib/format.ts';
import { t } from '../../lib/i18n.ts';
import { langWhereDifferent } from '../../lib/languages.ts';
import { absoluteUrl, newsletterUrl } from '../../lib/urls.ts';
import { renderEmailFigure } from '../../render/figure.ts';
import { renderBody } from '../../render/portable-text.ts';
import { ContentReport } from '../../report/report.ts';
import type { Person } from '../../sanity/schemas.ts';
import { renderEmail, textSection } from './email-shell.ts';
import { textPart } from './text-part.ts';
import { escapeAttribute, escapeText } from '../../lib/escape.ts';

export type EmailContext = {
	settings: Pick<Settings, 'title' | 'organisation' | 'url'>;
	/** The build clock: decides whether a deadline is shown as expired. */
	now: Date;
	unsubscribe: string;
};
export type EmailEdition = { html: string; text: string };

/** "Svarfrist: 1. mars 2021", with "(utløpt)" when the day has passed at `now`. */
export function deadlineBox(deadline: Deadline): string {
	return `<div class="email-box"><p><strong>${escapeText(t('post.deadline'))}:</strong> ${escapeText(formatDeadlineAbsolute(deadline))}</p></div>`;
}

/** The contact block: name, role, e-mail and phone as links. */
export function contactBlock(person: Person): string {
	const lines = [
		`<p><strong>${escapeText(person.name)}</strong>${person.role ? `, ${escapeText(person.role)}` : ''}</p>`,
		person.email
			? `<p>${escapeText(t('post.email'))}: <a href="mailto:${escapeText(person.email)}">${escapeText(person.email)}</a></p>`
			: '',
		person.phone
			? `<p>${escapeText(t('post.phone'))}: <a href="tel:${escapeText(person.phone.replace(/\s+/g, ''))}">${escapeText(formatPhone(person.phone))}</a></p>`
			: '',
	];
	return `<div class="email-contact"><h2>${escapeText(t('post.contact'))}</h2>${lines.join('')}</div>`;
}

/** The body in the renderer's e-mail variant (its faults were reported when the page rendered it). */
function emailBody(post: Post, baseUrl: string): string {
	const quiet = { type: 'post', id: post._id, report: new ContentReport() };
	return renderBody([...post.bodyBlocks], quiet, { baseUrl, variant: 'email' });
}

/** Builds the e-mail edition of `post`: `{html, text}`. */
export async function buildPostEmail(post: Post, ctx: EmailContext): Promise<EmailEdition> {
	const { settings } = ctx;
	// The e-mail is bokmål (<html lang="nb">); a nynorsk post's own text is marked where it stands.
	const code = langWhereDifferent(post.language);
	const lang = code ? ` lang="${code}"` : '';
	const intro = [
		`<p class="email-kind">${escapeText(t(`kind.${post.kind}`))}</p>`,
		`<h1${lang}>${escapeText(post.title)}</h1>`,
		`<p class="email-meta">${escapeText(t('post.publishedOn'))} ${escapeText(formatDate(post.publishedAt))}</p>`,
		`<p class="email-ingress"${lang}>${escapeText(post.excerpt)}</p>`,
	].join('');
	const figure = post.mainImage
		? renderEmailFigure(post.mainImage, {
				baseUrl: settings.url,
				width: EMAIL_WIDTH,
				className: 'email-image-wide',
			})
		: '';
	const image = figure && lang ? `<div${lang}>${figure}</div>` : figure;
	const rest = [
		post.deadlineStatus ? deadlineBox(post.deadlineStatus) : '',
		lang ? `<div${lang}>${emailBody(post, settings.url)}</div>` : emailBody(post, settings.url),
		post.contact ? contactBlock(post.contact) : '',
		`<p><a href="${escapeAttribute(post.url)}">${escapeText(t('email.readPostOnWeb'))}</a></p>`,
	].join('');
	const html = await renderEmail({
		title: post.title,
		// «Forhåndstekst» when the editor wrote one, else the ingress.
		preview: post.newsletter?.preheader?.trim() || post.excerpt,
		sender: settings,
		webUrl: post.url,
		sections: [
			textSection(intro),
			...(image ? [textSection(image, { cssClass: 'email-flush', flush: true })] : []),
			textSection(rest, { top: 20 }),
		],
		unsubscribe: ctx.unsubscribe,
		signupUrl: absoluteUrl(newsletterUrl(), settings.url),
	});
	return { html, text: textPart(html) };
}
