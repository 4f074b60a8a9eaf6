/**
 * Configuration of sending and sign-up, read from the environment in this one place (the
 * publish server and `npm run newsletter` both call it). Unset SMTP_URL means sending refuses with
 * one line; unset NEWSLETTER_SECRET means the server refuses sign-up. Passwords and keys stay
 * here and go only to nodemailer; nothing prints them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, readHttpUrl, readInteger } from '../config-values.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project-root.ts';

export type SmtpConfig = {
	host: string;
	port: number;
	/** smtps: TLS from the start (465); smtp: STARTTLS when offered (587). */
	secure: boolean;
	auth?:
		| { user: string; pass: string }
		| {
				type: 'OAuth2';
				user: string;
				clientId: string;
				clientSecret: string;
				refreshToken: string;
				accessUrl: string;
		  };
};

export type NewsletterConfig = {
	root: string;
	dbPath: string;
	/** NEWSLETTER_DB_SYNC: SQLite's `synchronous` (db.ts says what each costs and keeps). */
	dbSync: 'normal' | 'full';
	smtp: SmtpConfig | null;
	/** NEWSLETTER_FROM: the sender address (the name comes from settings). */
	from: string | null;
	/** Messages per second (0: as fast as the server takes them). */
	rate: number;
	maxConnections: number;
	/** HMAC key of the confirm and unsubscribe tokens. */
	secret: string | null;
	/** Where readers reach the publish server (links in e-mails); default the site's URL. */
	publicUrl: string | null;
	dkim: { domainName: string; keySelector: string; privateKey: string } | null;
	/** Attach the post's files up to this many bytes each; 0 links them only (default). */
	attachMaxBytes: number;
	maxAttempts: number;
	/** The publish hook sends only posts published at most this many days ago (an old post
	 * marked «Send som nyhetsbrev», e.g. from an imported dataset, is sent only by hand). */
	maxAgeDays: number;
	/** First wait after a 4xx answer; doubles per attempt. */
	retryBaseMs: number;
	/** Version of the consent text on the sign-up form (stored with each consent). */
	consentVersion: string;
};

export const NEWSLETTER_DEFAULTS = {
	dbPath: join('data', 'newsletter.sqlite'),
	rate: 10,
	maxConnections: 3,
	attachMaxBytes: 0,
	maxAttempts: 8,
	maxAgeDays: 7,
	retryBaseMs: 30_000,
	consentVersion: '2026-12-01',
} as const;

/** Parses SMTP_URL (`smtp://user:pass@host:587` or `smtps://…:465`) plus the OAuth2 variables. */
export function readSmtp(env: NodeJS.ProcessEnv): SmtpConfig | null {
	const raw = env.SMTP_URL?.trim();
	if (!raw) return null;
	const url = URL.parse(raw);
	if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname)
		throw new ConfigError(
			'SMTP_URL må se ut som smtp://bruker:passord@vert:587 eller smtps://…:465.',
		);
	const secure = url.protocol === 'smtps:';
	const user = decodeURIComponent(url.username);
	const smtp: SmtpConfig = {
		host: url.hostname.replace(/^\[|\]$/g, ''),
		port: url.port ? Number(url.port) : secure ? 465 : 587,
		secure,
	};
	const clientId = env.SMTP_OAUTH2_CLIENT_ID?.trim();
	if (clientId) {
		const need = (name: string) => {
			const value = env[name]?.trim();
			if (!value) throw new ConfigError(`${name} mangler (OAuth2 for SMTP krever den).`);
			return value;
		};
		if (!user) throw new ConfigError('SMTP_URL må ha brukeren (postboksen) før @ ved OAuth2.');
		smtp.auth = {
			type: 'OAuth2',
			user,
			clientId,
			clientSecret: need('SMTP_OAUTH2_CLIENT_SECRET'),
			refreshToken: need('SMTP_OAUTH2_REFRESH_TOKEN'),
			accessUrl: need('SMTP_OAUTH2_TOKEN_URL'),
		};
	} else if (user) smtp.auth = { user, pass: decodeURIComponent(url.password) };
	return smtp;
}

function readDkim(env: NodeJS.ProcessEnv): NewsletterConfig['dkim'] {
	const domainName = env.DKIM_DOMAIN?.trim();
	const keySelector = env.DKIM_SELECTOR?.trim();
	const file = env.DKIM_PRIVATE_KEY_FILE?.trim();
	if (!domainName && !keySelector && !file) return null;
	if (!domainName || !keySelector || !file)
		throw new ConfigError(
			'DKIM krever alle tre: DKIM_DOMAIN, DKIM_SELECTOR og DKIM_PRIVATE_KEY_FILE.',
		);
	try {
		return { domainName, keySelector, privateKey: readFileSync(file, 'utf8') };
	} catch {
		throw new ConfigError(`Kunne ikke lese DKIM_PRIVATE_KEY_FILE (${file}).`);
	}
}

function readSync(env: NodeJS.ProcessEnv): 'normal' | 'full' {
	const raw = env.NEWSLETTER_DB_SYNC?.trim().toLowerCase() || 'normal';
	if (raw !== 'normal' && raw !== 'full')
		throw new ConfigError(`NEWSLETTER_DB_SYNC må være normal eller full (fikk «${raw}»).`);
	return raw;
}

/** Reads the newsletter's environment. Throws ConfigError with a Norwegian message. */
export function readNewsletterConfig(env: NodeJS.ProcessEnv): NewsletterConfig {
	const root = resolve(env.PUBLISH_ROOT?.trim() || PROJECT_ROOT);
	const from = env.NEWSLETTER_FROM?.trim() || null;
	if (from && !/^[^\s@<>]+@[^\s@<>]+$/.test(from))
		throw new ConfigError(`NEWSLETTER_FROM må være en e-postadresse (fikk «${from}»).`);
	return {
		root,
		dbPath: resolve(root, env.NEWSLETTER_DB?.trim() || NEWSLETTER_DEFAULTS.dbPath),
		dbSync: readSync(env),
		smtp: readSmtp(env),
		from,
		rate: readInteger(env, 'NEWSLETTER_RATE', NEWSLETTER_DEFAULTS.rate, 0, 10_000),
		maxConnections: readInteger(
			env,
			'NEWSLETTER_CONNECTIONS',
			NEWSLETTER_DEFAULTS.maxConnections,
			1,
			50,
		),
		secret: env.NEWSLETTER_SECRET?.trim() || null,
		publicUrl: env.NEWSLETTER_PUBLIC_URL?.trim()
			? readHttpUrl(env, 'NEWSLETTER_PUBLIC_URL', '')
			: null,
		dkim: readDkim(env),
		attachMaxBytes: readInteger(
			env,
			'NEWSLETTER_ATTACH_MAX_BYTES',
			NEWSLETTER_DEFAULTS.attachMaxBytes,
			0,
			25_000_000,
		),
		maxAttempts: readInteger(
			env,
			'NEWSLETTER_MAX_ATTEMPTS',
			NEWSLETTER_DEFAULTS.maxAttempts,
			1,
			50,
		),
		maxAgeDays: readInteger(
			env,
			'NEWSLETTER_MAX_AGE_DAYS',
			NEWSLETTER_DEFAULTS.maxAgeDays,
			0,
			3650,
		),
		retryBaseMs: readInteger(
			env,
			'NEWSLETTER_RETRY_MS',
			NEWSLETTER_DEFAULTS.retryBaseMs,
			1,
			3_600_000,
		),
		consentVersion: NEWSLETTER_DEFAULTS.consentVersion,
	};
}
