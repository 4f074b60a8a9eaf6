/**
 * The preview server's state: its configuration, read once at start and handed to the build state
 * (so `buildConfig().preview` and CDN images hold for every page), and fresh content for each
 * request. The store is loaded again per request and kept to that request (`Astro.locals.store`,
 * preview/middleware.ts), so an edit shows on the next load and two editors never see each
 * other's drafts; the Presentation tool reloads the page when a document changes.
 */
import { resetBuildState } from '../src/build-state.ts';
import { buildStore, type Store } from '../src/content/store.ts';
import { ContentReport } from '../src/report/report.ts';
import { readPreviewConfig, type PreviewConfig } from './config.ts';
import { previewSource } from './source.ts';

let current: PreviewConfig | undefined;

/** The preview configuration, read from the environment on first use (ConfigError if unusable). */
export function previewConfig(): PreviewConfig {
	if (!current) {
		current = readPreviewConfig(process.env);
		resetBuildState(current.site);
	}
	return current;
}

/** Loads the drafts content now, for one request; rejects with ApiError. */
export function loadPreviewContent(config = previewConfig()): Promise<Store> {
	const report = new ContentReport();
	return buildStore(previewSource(config, report), {
		now: new Date(),
		report,
		siteUrl: config.site.siteUrl,
		preview: true,
		images: config.site,
	});
}
