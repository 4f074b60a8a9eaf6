/**
 * Renders pages on every core (BUILD_WORKERS threads, src/prerender/): in `astro:config:setup` of
 * a build it starts the worker threads, so each loads its store while the main thread loads its own
 * (the content report's preflight) and Astro bundles the site; in `astro:build:start` it wraps
 * Astro's default prerenderer with the worker prerenderer through Astro's own `setPrerenderer`;
 * `astro:build:setup` hands it the page data and the prerender bundle's folder.
 * With BUILD_WORKERS=1 it does nothing, and Astro renders every page on the main thread.
 */
import type { AstroIntegration } from 'astro';
import { buildConfig } from '../build-state.ts';
import { WorkerPool } from '../prerender/pool.ts';

type Pages = Map<string, { styles: unknown[] }>;

export default function workers(): AstroIntegration {
	let build: { pages: Pages; prerenderDir: string } | undefined;
	/** The started pool, or why it could not start (raised in `astro:build:start`). */
	let starting: Promise<WorkerPool | Error> | undefined;
	return {
		name: 'ks-workers',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				const threads = buildConfig().buildWorkers;
				if (command !== 'build' || threads < 2) return;
				// Not awaited: the threads read the export while the main thread does. A source that
				// cannot be read is reported once, by the content report's preflight.
				starting = WorkerPool.start({
					threads,
					script: new URL('./src/prerender/worker.ts', config.root),
					build: () => {
						if (!build) throw new Error('astro:build:setup gave no prerender folder');
						return build;
					},
					log: (line) => logger.info(line),
				}).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
			},
			'astro:build:setup': ({ pages, vite }) => {
				const environments = vite.environments as
					Record<string, { build?: { outDir?: string } }> | undefined;
				const prerenderDir = environments?.['prerender']?.build?.outDir;
				if (prerenderDir) build = { pages: pages as unknown as Pages, prerenderDir };
			},
			'astro:build:start': async ({ setPrerenderer }) => {
				if (!starting) return;
				const pool = await starting;
				if (pool instanceof Error) throw pool;
				setPrerenderer((def) => pool.prerenderer(def));
			},
		},
	};
}
