/**
 * Configuration of the Facebook poster, read from the environment in this one place (the
 * publish server reads it through readServerConfig). The page token is kept here and handed only
 * to the Graph client; nothing prints it.
 */
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../scripts/lib/project-root.ts';
import { ConfigError, readHttpUrl, readInteger } from '../config-values.ts';

export type FacebookConfig = {
	/** Folder holding dist/ and reports/ (the live site and the state file). */
	root: string;
	pageId: string | undefined;
	token: string | undefined;
	/** Posts published longer ago than this are never posted. */
	maxAgeDays: number;
	/** Graph API base with version, e.g. https://graph.facebook.com/v26.0 */
	graphUrl: string;
	/** Attempts per post on rate limits and network errors. */
	maxAttempts: number;
};

/** Defaults; v26.0 is the newest Graph API version listed in Meta's changelog (29 July 2026). */
export const FACEBOOK_DEFAULTS = {
	maxAgeDays: 7,
	graphUrl: 'https://graph.facebook.com/v26.0',
	maxAttempts: 3,
} as const;

/** Reads FACEBOOK_* and PUBLISH_ROOT. Throws ConfigError with a Norwegian message. */
export function readFacebookConfig(env: NodeJS.ProcessEnv): FacebookConfig {
	const pageId = env.FACEBOOK_PAGE_ID?.trim() || undefined;
	if (pageId && !/^\d+$/.test(pageId))
		throw new ConfigError('FACEBOOK_PAGE_ID må være sidens numeriske id (bare sifre).');
	const token = env.FACEBOOK_PAGE_TOKEN?.trim() || undefined;
	if (token && /\s/.test(token))
		throw new ConfigError('FACEBOOK_PAGE_TOKEN inneholder mellomrom; lim inn tokenet på nytt.');
	return {
		root: resolve(env.PUBLISH_ROOT?.trim() || PROJECT_ROOT),
		pageId,
		token,
		maxAgeDays: readInteger(env, 'FACEBOOK_MAX_AGE_DAYS', FACEBOOK_DEFAULTS.maxAgeDays, 0, 365),
		graphUrl: readHttpUrl(env, 'FACEBOOK_GRAPH_URL', FACEBOOK_DEFAULTS.graphUrl),
		maxAttempts: readInteger(env, 'FACEBOOK_MAX_ATTEMPTS', FACEBOOK_DEFAULTS.maxAttempts, 1, 10),
	};
}

/** Throws ConfigError unless page id and token are both set (needed for --publish). */
export function assertCanPublish(config: FacebookConfig): asserts config is FacebookConfig & {
	pageId: string;
	token: string;
} {
	if (!config.pageId || !config.token)
		throw new ConfigError(
			'Publisering til Facebook krever FACEBOOK_PAGE_ID og FACEBOOK_PAGE_TOKEN.',
		);
}
