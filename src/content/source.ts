/**
 * The build's content source and public site URL, each decided once and kept in the build state,
 * so the preflight (src/integrations/content-report.ts) and the store share one parsed export.
 */
import { buildState } from '../build-state.ts';
import { DEFAULT_SITE_URL } from '../consts.ts';
import { siteUrlQuery } from '../sanity/queries.ts';
import { exportFingerprint } from '../sanity/export-fingerprint.ts';
import { recordingSource } from '../sanity/replay-source.ts';
import { createSource, type ContentSource } from '../sanity/source.ts';

/**
 * The configured source (a local export is read and parsed here, once per build). With worker
 * threads (BUILD_WORKERS > 1, src/prerender/), a local export carries its files' fingerprint, so a
 * worker that parses it again knows it read the same files, and the API source records its
 * answers, which the workers get instead of asking the API again.
 */
export function contentSource(): Promise<ContentSource> {
	const state = buildState();
	return (state.source ??= (async () => {
		const { source: config } = state.config;
		if (state.config.buildWorkers < 2) return createSource(config, state.report);
		if (config.mode === 'api') return recordingSource(await createSource(config, state.report));
		const fingerprint = await exportFingerprint(config.path);
		return { ...(await createSource(config, state.report)), fingerprint };
	})());
}

/** Hands the build state a source made elsewhere: a worker thread's replay of the API's answers. */
export function provideSource(source: Promise<ContentSource>): void {
	buildState().source = source;
}

/** Normalises a site URL: trimmed, no trailing slash. */
export const normalizeSiteUrl = (url: string): string => url.trim().replace(/\/+$/, '');

/** The public site URL: SITE_URL, else siteSettings.url, else DEFAULT_SITE_URL. */
export function siteUrl(): Promise<string> {
	const state = buildState();
	return (state.siteUrl ??= (async () => {
		if (state.config.siteUrl) return state.config.siteUrl;
		const fromSettings = await (await contentSource()).fetch<unknown>(siteUrlQuery);
		const url = typeof fromSettings === 'string' && URL.canParse(fromSettings) ? fromSettings : '';
		return normalizeSiteUrl(/^https?:/.test(url) ? url : DEFAULT_SITE_URL);
	})());
}
