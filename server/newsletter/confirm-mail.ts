/**
 * The double opt-in e-mail: a short text and HTML message with the confirmation link (which
 * opens a page with a «Bekreft» button; opening the link alone confirms nothing). Sent outside
 * the outbox: it is one message to one person who just asked for it.
 */
import { escapeAttribute, escapeText } from '../../src/lib/escape.ts';
import { t } from '../../src/lib/i18n.ts';
import type { NewsletterContext } from './send-post.ts';
import { smtpMailer } from './transport.ts';

/** Sends the confirmation link to `to`. Rejects with nodemailer's error. */
export async function sendConfirmation(
	ctx: NewsletterContext,
	to: string,
	url: string,
	site: string,
): Promise<void> {
	const body = t('newsletter.confirmMail.body', { site });
	const ignore = t('newsletter.confirmMail.ignore');
	const mailer = (ctx.mailer ?? (() => smtpMailer(ctx.config)))();
	try {
		await mailer.send({
			from: { name: site, address: ctx.config.from! },
			to,
			subject: t('newsletter.confirmMail.subject', { site }),
			text: `${body}\n\n${url}\n\n${ignore}\n`,
			html: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${escapeText(t('newsletter.confirm.title'))}</title></head><body><p>${escapeText(body)}</p><p><a href="${escapeAttribute(url)}">${escapeText(t('newsletter.confirm.title'))}</a></p><p>${escapeText(ignore)}</p></body></html>`,
			date: ctx.now(),
		});
	} finally {
		mailer.close();
	}
}
