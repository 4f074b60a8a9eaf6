/**
 * The digest: every post of a period in one e-mail. The lead post first (image, title, ingress),
 * then title, date and ingress of each other post (the title links to it), then the upcoming
 * events and the open deadlines at the build clock. Built monthly with the site (/epost/<yyyy-mm>.html)
 * and for any period with `npm run digest`.
 */
import { EMAIL_WIDTH } from '../../consts.ts';
import {
	openDeadlines,
	postsInPeriod,
	selectLeadStory,
	type LeadPin,
} from '../../content/posts.ts';
import type { Event, Post } from '../../content/store.ts';
import { formatCalendarDate, formatDate, formatMonth, monthRange } from '../../lib/dates.ts';
import { formatDateRange, formatEventTime } from '../../lib/event-time.ts';
import { t } from '../../lib/i18n.ts';
import { langWhereDifferent } from '../../lib/languages.ts';
import { absoluteUrl, digestUrl, eventsUrl, newsletterUrl, newsPageUrl } from '../../lib/urls.ts';
import { renderEmailFigure } from '../../render/figure.ts';
import { renderEmail, textSection } from './email-shell.ts';
import type { EmailContext, EmailEdition } from './post-email.ts';
import { textPart } from './text-part.ts';
import { escapeAttribute, escapeText } from '../../lib/escape.ts';

/** A period of Oslo calendar days, both included; `month` when it is a monthly digest on the site. */
export type Period = { from: string; to: string; month?: string | undefined };

/** The period of a monthly digest ("2026-11"). */
export const monthPeriod = (month: string): Period => ({ ...monthRange(month), month });

/** "november 2026" for a whole month, else "3.–16. november 2026". */
export function formatPeriod({ from, to }: Period): string {
	const month = from.slice(0, 7);
	const whole = monthRange(month);
	return whole.from === from && whole.to === to ? formatMonth(month) : formatDateRange(from, to);
}

const link = (href: string, text: string) =>
	`<a href="${escapeAttribute(href)}">${escapeText(text)}</a>`;
const meta = (text: string) => `<p class="email-meta">${escapeText(text)}</p>`;
/** ` lang="nn"` for a post's own text where it is not bokmål, else nothing. */
const langOf = (post: Post) => {
	const code = langWhereDifferent(post.language);
	return code ? ` lang="${code}"` : '';
};

function leadPost(post: Post, ctx: EmailContext): string[] {
	const image = post.mainImage
		? renderEmailFigure(post.mainImage, {
				baseUrl: ctx.settings.url,
				width: EMAIL_WIDTH,
				className: 'email-image-wide',
			})
		: '';
	const lang = langOf(post);
	const text = `<h2${lang}>${link(post.url, post.title)}</h2>${meta(formatDate(post.publishedAt))}<p class="email-ingress"${lang}>${escapeText(post.excerpt)}</p>`;
	return [
		...(image ? [textSection(image, { cssClass: 'email-flush', flush: true, top: 8 })] : []),
		textSection(text, { top: 8 }),
	];
}

function postItem(post: Post): string {
	const lang = langOf(post);
	return `<div class="email-item"><h3${lang}>${link(post.url, post.title)}</h3>${meta(`${t(`kind.${post.kind}`)} · ${formatDate(post.publishedAt)}`)}<p${lang}>${escapeText(post.excerpt)}</p></div>`;
}

function eventItem(event: Event): string {
	const place = event.location?.name ?? (event.onlineUrl ? t('event.online') : '');
	const when = [formatEventTime(event), place].filter(Boolean).join(' · ');
	return `<div class="email-item"><h3>${link(event.url, event.title)}</h3>${meta(when)}</div>`;
}

/** Builds the digest of `period` from the published posts (newest first) and the events. */
export async function buildDigestEmail(
	period: Period,
	content: { posts: readonly Post[]; events: readonly Event[]; pin?: LeadPin | null | undefined },
	ctx: EmailContext,
): Promise<EmailEdition> {
	const label = formatPeriod(period);
	const posts = postsInPeriod(content.posts, period);
	// The period's lead as it stood at the period's end (a summer greeting leads June's digest),
	// or the editor's pin if it is one of the period's posts.
	const asOf = new Date(Math.min(ctx.now.getTime(), Date.parse(`${period.to}T23:59:59Z`)));
	const lead = selectLeadStory(posts, { pin: content.pin, now: asOf });
	const others = posts.filter((p) => p !== lead);
	const upcoming = content.events.filter((e) => e.upcoming);
	const deadlines = openDeadlines(content.posts, ctx.now);
	const title = t('digest.title', { period: label });
	const intro = `<h1>${escapeText(title)}</h1><p class="email-ingress">${escapeText(
		posts.length ? t('digest.intro', { period: label }) : t('digest.empty', { period: label }),
	)}</p>`;
	const list = (heading: string, items: string[]) =>
		items.length ? [textSection(`<h2>${escapeText(heading)}</h2>${items.join('')}`)] : [];
	const deadlineItems = deadlines.map(
		(p) =>
			`<div class="email-item"><h3>${link(p.url, p.title)}</h3>${meta(`${t('post.deadline')}: ${formatCalendarDate(p.deadline!)}`)}</div>`,
	);
	const webUrl = absoluteUrl(
		period.month ? digestUrl(period.month) : newsPageUrl(1),
		ctx.settings.url,
	);
	const html = await renderEmail({
		title,
		preview: lead ? `${lead.title}. ${lead.excerpt}` : title,
		sender: ctx.settings,
		webUrl,
		sections: [
			textSection(intro),
			...(lead ? leadPost(lead, ctx) : []),
			...list(t('digest.more'), others.map(postItem)),
			...list(t('events.upcoming'), upcoming.map(eventItem)),
			...(upcoming.length
				? [
						textSection(
							`<p>${link(absoluteUrl(eventsUrl(), ctx.settings.url), t('events.all'))}</p>`,
						),
					]
				: []),
			...list(t('deadlines.title'), deadlineItems),
			textSection('<p>&nbsp;</p>'),
		],
		unsubscribe: ctx.unsubscribe,
		signupUrl: absoluteUrl(newsletterUrl(), ctx.settings.url),
	});
	return { html, text: textPart(html) };
}
