/**
 * The worker prerenderer: Astro's own prerenderer API (`AstroPrerenderer`, set in the
 * `astro:build:start` hook) wrapped around Astro's default one. Astro asks for pages one by one
 * (`build.concurrency` at a time); they wait in one queue. Worker threads (lane.ts) take them in
 * batches, up to two batches each so a thread never waits on the main thread; the main thread
 * renders what is left with the default prerenderer, one page at a time. Paths, file writing and
 * the incremental cache stay Astro's, on the main thread.
 */
import type { AstroPrerenderer, PrerenderResult } from 'astro';
import { buildState } from '../build-state.ts';
import { contentSource } from '../content/source.ts';
import { prerenderMessages as m } from '../sanity/messages.ts';
import { WorkerLane, type Pending } from './lane.ts';
import { absorb } from './merge.ts';
import { workerSetup, type SetupApp } from './setup.ts';

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

type App = SetupApp & { manifest: { routes: { routeData: unknown }[] } };

/** Up to BATCH queued pages that a worker can render (their route is in the manifest). */
function takeBatch(queue: Pending[]): Pending[] {
	const batch: Pending[] = [];
	for (let i = 0; i < queue.length && batch.length < BATCH;)
		if (queue[i]!.job.route >= 0) batch.push(...queue.splice(i, 1));
		else i++;
	return batch;
}

/** The prerenderer that shares `def`'s pages with `threads - 1` worker threads. */
export function workerPrerenderer(
	def: AstroPrerenderer & { app?: App },
	opts: PoolOptions,
): AstroPrerenderer {
	const queue: Pending[] = [];
	const lanes: WorkerLane[] = [];
	const main = { busy: false, rendered: 0 };
	let routeIndex = new Map<unknown, number>();
	let nextId = 0;

	async function renderOnMain(p: Pending): Promise<void> {
		main.busy = true;
		try {
			const options = { routeData: p.routeData, collectMetadata: p.job.collectMetadata };
			const result = await def.render(p.request, options);
			p.resolve(result instanceof Response ? { response: result } : result);
		} catch (e) {
			p.reject(e as Error);
		}
		main.rendered++;
		main.busy = false;
		pump();
	}

	function pump(): void {
		for (const lane of lanes) {
			while (lane.ready && lane.batches < HELD) {
				const batch = takeBatch(queue);
				if (!batch.length) break;
				lane.send(batch);
			}
		}
		if (!main.busy && queue.length) void renderOnMain(queue.shift()!);
	}

	function lost(pages: Pending[], reason: Error): void {
		opts.log(m.workerFailed(reason.message));
		for (const p of pages) p.job.route = -1;
		queue.unshift(...pages);
		pump();
	}

	return {
		name: 'ks:worker-prerenderer',
		async setup() {
			await def.setup?.();
			const { pages, prerenderDir } = opts.build();
			const source = await contentSource();
			const setup = await workerSetup(def.app!, buildState().config, source, pages, prerenderDir);
			routeIndex = new Map(def.app!.manifest.routes.map((r, i) => [r.routeData, i]));
			for (let i = 1; i < opts.threads; i++)
				lanes.push(new WorkerLane(opts.script, setup, pump, lost));
		},
		getStaticPaths: () => def.getStaticPaths(),
		render(request, { routeData, collectMetadata = false }) {
			return new Promise<PrerenderResult>((resolve, reject) => {
				const route = routeIndex.get(routeData) ?? -1;
				const job = { id: nextId++, url: request.url, route, collectMetadata };
				queue.push({ job, request, routeData, resolve, reject });
				pump();
			});
		},
		async teardown() {
			for (const lane of lanes) {
				const harvest = await lane.finish();
				if (harvest) absorb(harvest);
			}
			opts.log(m.shared([main.rendered, ...lanes.map((l) => l.rendered)]));
			await def.teardown?.();
		},
	};
}
