/**
 * Renders pages on every core (BUILD_WORKERS threads, src/prerender/): in `astro:config:setup` of
 * a build it starts the worker threads, so each loads its store while the main thread loads its own
 * (the content report's preflight) and Astro bundles the site; in `astro:build:start` it wraps
 * Astro's default prerenderer with the worker prerenderer through Astro's own `setPrerenderer`;
 * `astro:build:setup` hands it the page data and the prerender bundle's folder.
 * With BUILD_WORKERS=1, or when a worker's own store would pass BUILD_MEMORY_MIB
 * (src/prerender/threads.ts), it does nothing, and Astro renders every page on the main thread.
 */
import type { AstroIntegration } from 'astro';
import { buildConfig } from '../build-state.ts';
import { contentSource } from '../content/source.ts';
import { loadContent } from '../content/store.ts';
import { WorkerPool } from '../prerender/pool.ts';
import { chooseThreads } from '../prerender/threads.ts';
import { prerenderMessages as m } from '../report/messages.ts';

type Pages = Map<string, { styles: unknown[] }>;

/**
 * The posts of this build's source: counted in a local export at once (groq-js, in memory); from
 * the API, once the main thread's store is loaded (the pool waits for it there anyway).
 */
async function postCount(): Promise<number> {
	const source = await contentSource();
	if (source.kind === 'api') return (await loadContent()).posts.length;
	return source.fetch<number>('count(*[_type == "post"])');
}

export default function workers(): AstroIntegration {
	let build: { pages: Pages; prerenderDir: string } | undefined;
	/** The started pool (null: one thread), or why it could not start (raised in `astro:build:start`). */
	let starting: Promise<WorkerPool | null | Error> | undefined;
	return {
		name: 'ks-workers',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				const { buildWorkers, buildMemoryMiB } = buildConfig();
				if (command !== 'build' || buildWorkers < 2) return;
				// Not awaited: the threads read the export while the main thread does. A source that
				// cannot be read is reported once, by the content report's preflight.
				starting = (async () => {
					const posts = await postCount();
					const choice = chooseThreads(buildWorkers, posts, buildMemoryMiB);
					if (choice.limitedByMemory)
						logger.info(
							m.memoryLimited(
								choice.threads,
								buildWorkers,
								posts,
								choice.estimateMiB,
								buildMemoryMiB,
							),
						);
					if (choice.threads < 2) return null;
					return WorkerPool.start({
						threads: choice.threads,
						script: new URL('./src/prerender/worker.ts', config.root),
						build: () => {
							if (!build) throw new Error('astro:build:setup gave no prerender folder');
							return build;
						},
						log: (line) => logger.info(line),
					});
				})().catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
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
				if (!pool) return;
				setPrerenderer((def) => pool.prerenderer(def));
			},
		},
	};
}
