/**
 * Renders pages on every core (BUILD_WORKERS threads, src/prerender/): in `astro:build:start` it
 * starts the worker threads (they load their stores while Astro bundles the site) and wraps
 * Astro's default prerenderer with the worker prerenderer through Astro's own `setPrerenderer`;
 * `astro:build:setup` hands it the page data and the prerender bundle's folder.
 * With BUILD_WORKERS=1 it does nothing, and Astro renders every page on the main thread.
 */
import type { AstroIntegration } from 'astro';
import { buildConfig } from '../build-state.ts';
import { WorkerPool } from '../prerender/pool.ts';

type Pages = Map<string, { styles: unknown[] }>;

export default function workers(): AstroIntegration {
	let root: URL | undefined;
	let build: { pages: Pages; prerenderDir: string } | undefined;
	return {
		name: 'ks-workers',
		hooks: {
			'astro:config:setup': ({ config }) => {
				root = config.root;
			},
			'astro:build:setup': ({ pages, vite }) => {
				const environments = vite.environments as
					Record<string, { build?: { outDir?: string } }> | undefined;
				const prerenderDir = environments?.['prerender']?.build?.outDir;
				if (prerenderDir) build = { pages: pages as unknown as Pages, prerenderDir };
			},
			'astro:build:start': async ({ logger, setPrerenderer }) => {
				const threads = buildConfig().buildWorkers;
				if (threads < 2) return;
				// The threads start now: each loads its store while Astro bundles the site.
				const pool = await WorkerPool.start({
					threads,
					script: new URL('./src/prerender/worker.ts', root),
					build: () => {
						if (!build) throw new Error('astro:build:setup gave no prerender folder');
						return build;
					},
					log: (line) => logger.info(line),
				});
				setPrerenderer((def) => pool.prerenderer(def));
			},
		},
	};
}
