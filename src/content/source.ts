/**
 * The build's content report, content source and public site URL, each decided once and kept in
 * this room's slots of the build state, so the preflight (src/integrations/content-report.ts) and
 * the store share one parsed export and one report.
 */
import { buildConfig, buildSlot } from '../build-state.ts';
import { DEFAULT_SITE_URL } from '../consts.ts';
import { ContentReport } from '../report/report.ts';
import { siteUrlQuery } from '../sanity/queries.ts';
import { createSource, type ContentSource } from '../sanity/source.ts';
import { lqipPlaceholder } from '../images/probe.ts';

/** The configured source (a local export is read and parsed here, once per build). */
export const contentSource = (): Promise<ContentSource> =>
	buildSlot('content.source', () => {
		const config = buildConfig();
		return createSource(config.source, buildReport(), lqipPlaceholder(config.imageCacheDir));
	});

/** The one content report of the build (printed by the content-report integration). */
export const buildReport = (): ContentReport =>
	buildSlot('content.report', () => new ContentReport());

/** Normalises a site URL: trimmed, no trailing slash. */
export const normalizeSiteUrl = (url: string): string => url.trim().replace(/\/+$/, '');

/** The public site URL: SITE_URL, else siteSettings.url, else DEFAULT_SITE_URL. */
export function siteUrl(): Promise<string> {
	return buildSlot('content.siteUrl', async () => {
		const config = buildConfig();
		if (config.siteUrl) return config.siteUrl;
		const fromSettings = await (await contentSource()).fetch<unknown>(siteUrlQuery);
		const url = typeof fromSettings === 'string' && URL.canParse(fromSettings) ? fromSettings : '';
		return normalizeSiteUrl(/^https?:/.test(url) ? url : DEFAULT_SITE_URL);
	});
}
