/**
 * The state of one build, shared by every copy of the modules in the process: Astro loads the
 * integrations and the prerender bundle as separate module graphs, so module-level variables would
 * exist twice. This is the one place that keeps anything on globalThis (docs/architecture.md).
 */
import { readConfig, type Config } from './config.ts';
import type { Store } from './content/store.ts';
import type { ImageJob, ImageStats, ImageUse } from './images/registry.ts';
import { ContentReport } from './sanity/report.ts';
import type { ContentSource } from './sanity/source.ts';

export type BuildState = {
	config: Config;
	/** The one content report of the build (printed by the content-report integration). */
	report: ContentReport;
	/** The content source; for a local export, the export read and parsed once. */
	source?: Promise<ContentSource>;
	/** The public site URL, decided once: SITE_URL, else siteSettings.url, else the default. */
	siteUrl?: Promise<string>;
	store?: Promise<Store>;
	/** Image variants the rendered HTML refers to (src/images/registry.ts). */
	images: { jobs: Map<string, ImageJob>; stats: ImageStats; uses: Map<string, ImageUse[]> };
};

const KEY = Symbol.for('ks.buildState');
type Holder = { [KEY]?: BuildState };

/** A fresh state for `config`. */
function createState(config: Config): BuildState {
	return {
		config,
		report: new ContentReport(),
		images: { jobs: new Map(), stats: { encoded: 0, downloaded: 0 }, uses: new Map() },
	};
}

/** The state of the current build, created from the environment on first use. */
export function buildState(): BuildState {
	return ((globalThis as Holder)[KEY] ??= createState(readConfig()));
}

/** Starts over with a new configuration (tests, or a second build in one process). */
export function resetBuildState(config: Config = readConfig()): BuildState {
	return ((globalThis as Holder)[KEY] = createState(config));
}

/** The configuration of the current build. */
export const buildConfig = (): Config => buildState().config;
