/**
 * Configuration of the publish server (`npm run publish-server`): the one reader of the
 * environment for that program, with defaults in one object. Bad values stop the server with one
 * Norwegian line; SANITY_WEBHOOK_SECRET is required.
 */
import { Cron } from 'croner';
import { ConfigError, readFlag, readHttpUrl, readInteger } from './config-values.ts';
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
	/** Longest wait from the first publish of a batch to its build, however often editors publish. */
	maxWaitMs: number;
	/** A build running longer is killed (its whole process group) and reported. */
	buildTimeoutMs: number;
	/** Wait before trying again when another process holds the build lock. */
	lockRetryMs: number;
	/** Slow clients: time to send the headers, and the whole request (body included). */
	headersTimeoutMs: number;
	requestTimeoutMs: number;
	/** Open connections per client address; more are closed at once. */
	maxConnectionsPerClient: number;
	/** Where the status documents go (the Studio sees them); null writes reports/status.json only. */
	status: StatusApiConfig | null;
	/** Previous builds kept besides the live one. */
	keepBuilds: number;
	/** When the nightly build runs (cron pattern in TIME_ZONE). */
	nightlyCron: string;
	timeZone: string;
	facebook: FacebookConfig;
	facebookAfterBuild: boolean;
	newsletter: NewsletterConfig;
};

/** The Sanity project the status documents are written to, with a write token (never logged). */
export type StatusApiConfig = {
	projectId: string;
	dataset: string;
	apiVersion: string;
	token: string;
	/** SANITY_API_HOST: another API host (tests, a proxy). */
	apiHost: string | undefined;
};

export const SERVER_DEFAULTS = {
	host: '127.0.0.1',
	port: 8080,
	debounceMs: 5_000,
	maxWaitMs: 60_000,
	// Well under the GitHub workflow's 30 minutes; a seed build takes 1–2 min, 10,000 posts ~5 min.
	buildTimeoutMs: 15 * 60_000,
	lockRetryMs: 30_000,
	headersTimeoutMs: 20_000,
	requestTimeoutMs: 30_000,
	maxConnectionsPerClient: 32,
	/** API version of the status writes (any recent date works; the site's is in src/consts.ts). */
	statusApiVersion: '2025-02-19',
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

/** SANITY_STATUS_TOKEN with SANITY_PROJECT_ID: the status channel to the Studio; unset: file only. */
function readStatusApi(env: NodeJS.ProcessEnv): StatusApiConfig | null {
	const token = env.SANITY_STATUS_TOKEN?.trim();
	const projectId = env.SANITY_PROJECT_ID?.trim();
	if (!token) return null;
	if (!projectId || !/^[a-z0-9-]+$/.test(projectId))
		throw new ConfigError(
			'SANITY_STATUS_TOKEN er satt, men SANITY_PROJECT_ID mangler eller er ugyldig (små bokstaver, sifre og bindestrek).',
		);
	if (/\s/.test(token))
		throw new ConfigError('SANITY_STATUS_TOKEN inneholder mellomrom; lim inn tokenet på nytt.');
	const apiHost = env.SANITY_API_HOST?.trim() ? readHttpUrl(env, 'SANITY_API_HOST', '') : undefined;
	return {
		projectId,
		dataset: env.SANITY_DATASET?.trim() || 'production',
		apiVersion: env.SANITY_API_VERSION?.trim() || SERVER_DEFAULTS.statusApiVersion,
		token,
		apiHost,
	};
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
		maxWaitMs: readInteger(env, 'BUILD_MAX_WAIT_MS', SERVER_DEFAULTS.maxWaitMs, 0, 3_600_000),
		buildTimeoutMs: readInteger(
			env,
			'BUILD_TIMEOUT_MS',
			SERVER_DEFAULTS.buildTimeoutMs,
			1_000,
			6 * 3_600_000,
		),
		lockRetryMs: readInteger(
			env,
			'BUILD_LOCK_RETRY_MS',
			SERVER_DEFAULTS.lockRetryMs,
			10,
			3_600_000,
		),
		headersTimeoutMs: readInteger(
			env,
			'HTTP_HEADERS_TIMEOUT_MS',
			SERVER_DEFAULTS.headersTimeoutMs,
			100,
			600_000,
		),
		requestTimeoutMs: readInteger(
			env,
			'HTTP_REQUEST_TIMEOUT_MS',
			SERVER_DEFAULTS.requestTimeoutMs,
			100,
			600_000,
		),
		maxConnectionsPerClient: readInteger(
			env,
			'HTTP_MAX_CONNECTIONS_PER_CLIENT',
			SERVER_DEFAULTS.maxConnectionsPerClient,
			1,
			10_000,
		),
		status: readStatusApi(env),
		keepBuilds: readInteger(env, 'KEEP_BUILDS', SERVER_DEFAULTS.keepBuilds, 1, 20),
		nightlyCron: readCron(env, SERVER_DEFAULTS.timeZone),
		timeZone: SERVER_DEFAULTS.timeZone,
		facebook,
		facebookAfterBuild,
		newsletter: readNewsletterConfig(env),
	};
}
