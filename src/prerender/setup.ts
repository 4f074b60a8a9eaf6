/**
 * What a worker thread is given to render as the main thread does: at the start of Astro's build,
 * the main thread's configuration and what it knows of the content it read; once the bundle is
 * built, its entry and the two parts of Astro's build state that rendering reads (each page's
 * styles, `internals.pagesByKeys`; the injected scripts, `settings.scripts`), as plain data.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config.ts';
import type { RecordingSource } from '../sanity/replay-source.ts';
import type { ContentSource } from '../sanity/source.ts';
import type { BundleSetup, WorkerInit } from './protocol.ts';

/** Astro's entry file name prefix (astro/dist/core/build/static-build.js). */
const ENTRY_PREFIX = 'prerender-entry.';

/** The parts of the default prerenderer's app (Astro's BuildApp) read here. */
export type SetupApp = {
	getSettings(): { scripts: { stage: string; content?: string }[] };
};

/** What a worker is started with: the configuration and what the main thread read. */
export async function workerInit(config: Config, source: ContentSource): Promise<WorkerInit> {
	return {
		config,
		content:
			'answers' in source
				? { answers: await (source as RecordingSource).answers() }
				: { fingerprint: source.fingerprint ?? '' },
	};
}

/**
 * What a worker renders with; `prerenderDir` is the prerender environment's output folder (from
 * the `astro:build:setup` hook). Throws when the folder holds no prerender entry.
 */
export function bundleSetup(
	app: SetupApp,
	pages: Map<string, { styles: unknown[] }>,
	prerenderDir: string,
): BundleSetup {
	const entry = readdirSync(prerenderDir).find(
		(f) => f.startsWith(ENTRY_PREFIX) && f.endsWith('.mjs'),
	);
	if (!entry) throw new Error(`no ${ENTRY_PREFIX}*.mjs in ${prerenderDir}`);
	return {
		entryUrl: pathToFileURL(join(prerenderDir, entry)).href,
		pages: [...pages].map(([key, page]) => [key, { styles: page.styles }]),
		scripts: app.getSettings().scripts.map((s) => ({ stage: s.stage, content: s.content ?? '' })),
	};
}
