/**
 * The build's content report, content source and public site URL, each decided once and kept in
 * this room's slots of the build state, so the preflight (src/integrations/content-report.ts) and
 * the store share one parsed export and one report.
 */
import { buildConfig, buildSlot } from '../build-state.ts';
import { DEFAULT_SITE_URL } from '../consts.ts';
import { ContentReport } from '../report/report.ts';
import { siteUrlQuery } from '../sanity/queries.ts';
import { exportFingerprint } from '../sanity/export-fingerprint.ts';
import { recordingSource } from '../sanity/replay-source.ts';
import { createSource, type ContentSource } from '../sanity/source.ts';
import { lqipPlaceholder } from '../images/probe.ts';

/**
 * The configured source (a local export is read and parsed here, once per build). With worker
 * threads (BUILD_WORKERS > 1, src/prerender/), a local export carries its files' fingerprint, so a
 * worker that parses it again knows it read the same files, and the API source records its
 * answers, which the workers get instead of asking the API again.
 */
export const contentSource = (): Promise<ContentSource> =>
	buildSlot('content.source', async () => {
		const config = buildConfig();
		const create = () =>
			createSource(config.source, buildReport(), lqipPlaceholder(config.imageCacheDir));
		if (config.buildWorkers < 2) return create();
		if (config.source.mode === 'api') return recordingSource(await create());
		const fingerprint = await exportFingerprint(config.source.path);
		return { ...(await create()), fingerprint };
	});

/** Hands the build state a source made elsewhere: a worker thread's replay of the API's answers. */
export function provideSource(source: Promise<ContentSource>): void {
	buildSlot('content.source', () => source);
}

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
