/**
 * The worker prerenderer: Astro's own prerenderer API (`AstroPrerenderer`, set in the
 * `astro:build:start` hook) wrapped around Astro's default one. The worker threads start in the
 * build's `astro:config:setup`, so each loads its store while the main thread loads its own and
 * Astro bundles the site. Astro asks for pages one by one
 * (`build.concurrency` at a time); they wait in one queue. Worker threads (lane.ts) take them in
 * batches, up to two batches each so a thread never waits on the main thread; the main thread
 * renders what is left with the default prerenderer, one page at a time. Paths, file writing and
 * the incremental cache stay Astro's, on the main thread.
 */
import type { AstroPrerenderer, PrerenderResult } from 'astro';
import { buildConfig } from '../build-state.ts';
import { buildReport, contentSource } from '../content/source.ts';
import { loadContent } from '../content/store.ts';
import { prerenderMessages as m } from '../report/messages.ts';
import { WorkerLane, type Pending } from './lane.ts';
import { absorb } from './merge.ts';
import { bundleSetup, workerInit, type SetupApp } from './setup.ts';

/** Pages per batch sent to a worker. */
const BATCH = 8;
/** Batches a worker holds at once. */
const HELD = 2;

/**
 * Astro's `build.concurrency` for `threads` rendering threads: 32 on the main thread alone
 * (docs/architecture.md), and room for the pages every worker holds besides.
 */
export const renderConcurrency = (threads: number): number => 32 + BATCH * HELD * (threads - 1);

export type PoolOptions = {
	/** Threads that render, the main thread included (BUILD_WORKERS, at least 2 here). */
	threads: number;
	/** `file:` URL of worker.ts. */
	script: URL;
	/** Astro's page data and the prerender output folder, from the `astro:build:setup` hook. */
	build: () => { pages: Map<string, { styles: unknown[] }>; prerenderDir: string };
	log: (line: string) => void;
};

type DefaultPrerenderer = AstroPrerenderer & {
	app?: SetupApp & { manifest: { routes: { routeData: unknown }[] } };
};

/** Up to BATCH queued pages that a worker can render (their route is in the manifest). */
function takeBatch(queue: Pending[]): Pending[] {
	const batch: Pending[] = [];
	for (let i = 0; i < queue.length && batch.length < BATCH;)
		if (queue[i]!.job.route >= 0) batch.push(...queue.splice(i, 1));
		else i++;
	return batch;
}

/** The worker threads of one build and the queue of pages they share with the main thread. */
export class WorkerPool {
	readonly #opts: PoolOptions;
	readonly #queue: Pending[] = [];
	readonly #lanes: WorkerLane[] = [];
	readonly #main = { busy: false, rendered: 0 };
	#def: DefaultPrerenderer | undefined;
	#routeIndex = new Map<unknown, number>();
	#nextId = 0;

	/**
	 * Starts `threads - 1` worker threads, each loading this build's store at once: from the export
	 * (checked by its fingerprint) as soon as the source is known, or, with the API, from the main
	 * thread's answers once its store is loaded. Rejects when the source cannot be read.
	 */
	static async start(opts: PoolOptions): Promise<WorkerPool> {
		const source = await contentSource();
		if ('answers' in source) await loadContent();
		const init = await workerInit(buildConfig(), source);
		const pool = new WorkerPool(opts);
		for (let i = 1; i < opts.threads; i++)
			pool.#lanes.push(
				new WorkerLane(
					opts.script,
					init,
					() => pool.#pump(),
					(pages, reason) => pool.#lost(pages, reason),
				),
			);
		return pool;
	}

	private constructor(opts: PoolOptions) {
		this.#opts = opts;
	}

	/** The prerenderer that shares `def`'s pages (Astro's default prerenderer) with the threads. */
	prerenderer(def: DefaultPrerenderer): AstroPrerenderer {
		this.#def = def;
		return {
			name: 'ks:worker-prerenderer',
			setup: async () => {
				await def.setup?.();
				const { pages, prerenderDir } = this.#opts.build();
				const bundle = bundleSetup(def.app!, pages, prerenderDir);
				this.#routeIndex = new Map(def.app!.manifest.routes.map((r, i) => [r.routeData, i]));
				for (const lane of this.#lanes) lane.start(bundle);
			},
			getStaticPaths: () => def.getStaticPaths(),
			render: (request, { routeData, collectMetadata = false }) =>
				new Promise<PrerenderResult>((resolve, reject) => {
					const route = this.#routeIndex.get(routeData) ?? -1;
					const job = { id: this.#nextId++, url: request.url, route, collectMetadata };
					this.#queue.push({ job, request, routeData, resolve, reject });
					this.#pump();
				}),
			teardown: async () => {
				const { images } = await loadContent();
				for (const lane of this.#lanes) {
					const harvest = await lane.finish();
					if (harvest) absorb(harvest, images, buildReport());
				}
				this.#opts.log(m.shared([this.#main.rendered, ...this.#lanes.map((l) => l.rendered)]));
				await def.teardown?.();
			},
		};
	}

	#pump(): void {
		for (const lane of this.#lanes) {
			while (lane.ready && lane.batches < HELD) {
				const batch = takeBatch(this.#queue);
				if (!batch.length) break;
				lane.send(batch);
			}
		}
		if (!this.#main.busy && this.#queue.length && this.#def)
			void this.#renderOnMain(this.#def, this.#queue.shift()!);
	}

	async #renderOnMain(def: AstroPrerenderer, p: Pending): Promise<void> {
		this.#main.busy = true;
		try {
			const options = { routeData: p.routeData, collectMetadata: p.job.collectMetadata };
			const result = await def.render(p.request, options);
			p.resolve(result instanceof Response ? { response: result } : result);
		} catch (e) {
			p.reject(e as Error);
		}
		this.#main.rendered++;
		this.#main.busy = false;
		this.#pump();
	}

	#lost(pages: Pending[], reason: Error): void {
		this.#opts.log(m.workerFailed(reason.message));
		for (const p of pages) p.job.route = -1;
		this.#queue.unshift(...pages);
		this.#pump();
	}
}
