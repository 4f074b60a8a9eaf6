/**
 * Configuration of the publish server (`npm run publish-server`): the one reader of the
 * environment for that program, with defaults in one object. Bad values stop the server with one
 * Norwegian line; SANITY_WEBHOOK_SECRET is required.
 */
import { Cron } from 'croner';
import { ConfigError, readFlag, readInteger } from './config-values.ts';
import { assertCanPublish, readFacebookConfig, type FacebookConfig } from './facebook/config.ts';
import { readNewsletterConfig, type NewsletterConfig } from './newsletter/config.ts';

export type ServerConfig = {
	secret: string;
	host: string;
	port: number;
	/** Folder holding dist/, .builds/ and reports/ (the project folder by default). */
	root: string;
	/** Quiet time after the last publish before a build starts. */
	debounceMs: number;
	/** Previous builds kept besides the live one. */
	keepBuilds: number;
	/** When the nightly build runs (cron pattern in TIME_ZONE). */
	nightlyCron: string;
	timeZone: string;
	facebook: FacebookConfig;
	facebookAfterBuild: boolean;
	newsletter: NewsletterConfig;
};

export const SERVER_DEFAULTS = {
	host: '127.0.0.1',
	port: 8080,
	debounceMs: 5_000,
	keepBuilds: 2,
	nightlyCron: '0 3 * * *',
	timeZone: 'Europe/Oslo',
} as const;

function readCron(env: NodeJS.ProcessEnv, timeZone: string): string {
	const pattern = env.NIGHTLY_BUILD_CRON?.trim() || SERVER_DEFAULTS.nightlyCron;
	try {
		new Cron(pattern, { timezone: timeZone, paused: true });
		return pattern;
	} catch {
		throw new ConfigError(`NIGHTLY_BUILD_CRON er ikke et gyldig cron-uttrykk (fikk «${pattern}»).`);
	}
}

/** Reads the server's environment. Throws ConfigError with a Norwegian message. */
export function readServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
	const secret = env.SANITY_WEBHOOK_SECRET?.trim();
	if (!secret)
		throw new ConfigError(
			'SANITY_WEBHOOK_SECRET mangler: sett den til hemmeligheten (secret) fra webhooken i sanity.io/manage.',
		);
	const facebook = readFacebookConfig(env);
	const facebookAfterBuild = readFlag(env, 'PUBLISH_FACEBOOK_AFTER_BUILD');
	if (facebookAfterBuild) assertCanPublish(facebook);
	return {
		secret,
		host: env.HOST?.trim() || SERVER_DEFAULTS.host,
		port: readInteger(env, 'PORT', SERVER_DEFAULTS.port, 0, 65_535),
		root: facebook.root,
		debounceMs: readInteger(env, 'BUILD_DEBOUNCE_MS', SERVER_DEFAULTS.debounceMs, 0, 3_600_000),
		keepBuilds: readInteger(env, 'KEEP_BUILDS', SERVER_DEFAULTS.keepBuilds, 1, 20),
		nightlyCron: readCron(env, SERVER_DEFAULTS.timeZone),
		timeZone: SERVER_DEFAULTS.timeZone,
		facebook,
		facebookAfterBuild,
		newsletter: readNewsletterConfig(env),
	};
}
