/**
 * The preview server's state: its configuration, read once at start and handed to the build state
 * (so `buildConfig().preview` and CDN images hold for every page), and fresh content for each
 * request. The store is loaded again per request, so an edit shows on the next load; the
 * Presentation tool reloads the page when a document changes.
 */
import { resetBuildState } from '../src/build-state.ts';
import { buildStore, provideContent, type Store } from '../src/content/store.ts';
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

/** Loads the drafts content now and makes it the store the pages read; rejects with ApiError. */
export function loadPreviewContent(config = previewConfig()): Promise<Store> {
	const report = new ContentReport();
	const store = buildStore(previewSource(config, report), {
		now: new Date(),
		report,
		siteUrl: config.site.siteUrl,
		preview: true,
	});
	provideContent(store);
	return store;
}
