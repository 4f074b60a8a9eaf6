/**
 * The SMTP transport: nodemailer's pool over the office's server (SMTP_URL: password or OAuth2 for
 * Microsoft 365), at NEWSLETTER_RATE messages per second (nodemailer's rateDelta/rateLimit),
 * signing with DKIM when configured. Tests and the bench give another `SendMail`.
 * @see https://nodemailer.com/smtp/pooled/
 * @see https://nodemailer.com/dkim/
 */
import nodemailer from 'nodemailer';
import type { NewsletterConfig } from './config.ts';

export type MailOptions = Parameters<ReturnType<typeof nodemailer.createTransport>['sendMail']>[0];

/**
 * What the sender needs: send one message (rejects with nodemailer's error), check that the
 * server answers on a fresh connection (resolves false when it does not), and close.
 */
export type Mailer = {
	send(message: MailOptions): Promise<unknown>;
	verify(): Promise<boolean>;
	close(): void;
};

/** A pooled nodemailer transport for `config` (config.smtp must be set). */
export function smtpMailer(config: NewsletterConfig): Mailer {
	if (!config.smtp) throw new Error('SMTP is not configured');
	const transport = nodemailer.createTransport({
		...config.smtp,
		pool: true,
		maxConnections: config.maxConnections,
		maxMessages: Infinity,
		// The outbox retries (and counts attempts); the pool must not resend on its own.
		maxRequeues: 0,
		...(config.rate > 0 ? { rateDelta: 1000, rateLimit: config.rate } : {}),
		connectionTimeout: 30_000,
		greetingTimeout: 30_000,
		socketTimeout: 60_000,
		...(config.dkim ? { dkim: config.dkim } : {}),
	});
	return {
		send: (message) => transport.sendMail(message),
		verify: () =>
			transport.verify().then(
				() => true,
				() => false,
			),
		close: () => transport.close(),
	};
}
