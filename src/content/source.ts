/**
 * The build's content source and public site URL, each decided once and kept in the build state,
 * so the preflight (src/integrations/content-report.ts) and the store share one parsed export.
 */
import { buildState } from '../build-state.ts';
import { DEFAULT_SITE_URL } from '../consts.ts';
import { siteUrlQuery } from '../sanity/queries.ts';
import { createSource, type ContentSource } from '../sanity/source.ts';

/** The configured source (a local export is read and parsed here, once per build). */
export function contentSource(): Promise<ContentSource> {
	const state = buildState();
	return (state.source ??= createSource(state.config.source, state.report));
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
