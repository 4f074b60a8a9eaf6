/**
 * The messages between the worker prerenderer (pool.ts) and its worker threads (worker.ts). A page
 * goes out as its URL and route, and comes back by value: status, headers, body bytes and Astro's
 * incremental-build metadata (`PrerenderRenderMetadata`), so Astro writes and caches it as if the
 * main thread had rendered it.
 */
import type { PrerenderRenderMetadata, PrerenderResult } from 'astro';
import type { ImageJob, ImageUse } from '../images/registry.ts';
import type { Config } from '../config.ts';
import type { Answers } from '../sanity/replay-source.ts';
import type { ContentIssue } from '../report/report.ts';

/**
 * What a worker needs to load its store (given as `workerData` when Astro's build starts, so the
 * store loads while Astro bundles the site).
 */
export type WorkerInit = {
	/** The main thread's configuration, so the worker's clock and paths are the same. */
	config: Config;
	/**
	 * The content the main thread read: a local export's fingerprint (the worker parses the export
	 * itself and checks it read the same files), or the API's answers (the worker asks nothing).
	 */
	content: { fingerprint: string } | { answers: Answers };
};

/** What a worker needs to render like the main thread, once the bundle is built (`start`). */
export type BundleSetup = {
	/** `file:` URL of the built prerender entry (`prerender-entry.<hash>.mjs`). */
	entryUrl: string;
	/** Astro's page data (`internals.pagesByKeys`) reduced to what rendering reads: styles. */
	pages: [key: string, data: { styles: unknown[] }][];
	/** Astro's `settings.scripts` (only `stage` and `content` are read while rendering). */
	scripts: { stage: string; content: string }[];
};

/** One page to render: the request URL and the route, as an index into the manifest's routes. */
export type PageJob = { id: number; url: string; route: number; collectMetadata: boolean };

/** A rendered page, or the error that stopped it. */
export type PageResult =
	| {
			id: number;
			status: number;
			statusText: string;
			headers: [string, string][];
			body: ArrayBuffer | null;
			metadata?: PrerenderRenderMetadata | undefined;
	  }
	| { id: number; error: { message: string; stack?: string | undefined } };

/** What a worker found while rendering that the main thread's integrations need afterwards. */
export type WorkerHarvest = {
	jobs: ImageJob[];
	uses: [assetId: string, uses: ImageUse[]][];
	issues: ContentIssue[];
	lines: string[];
};

export type ToWorker =
	{ kind: 'start'; bundle: BundleSetup } | { kind: 'batch'; jobs: PageJob[] } | { kind: 'harvest' };
export type FromWorker =
	| { kind: 'ready' }
	| { kind: 'results'; results: PageResult[] }
	| { kind: 'harvest'; harvest: WorkerHarvest };

const NULL_BODY = new Set([101, 204, 205, 304]);

/** Turns a worker's page result back into what Astro's `render()` returns. */
export function fromWire(r: Extract<PageResult, { status: number }>): PrerenderResult {
	const body = r.body === null || NULL_BODY.has(r.status) ? null : r.body;
	const response = new Response(body, {
		status: r.status,
		statusText: r.statusText,
		headers: r.headers,
	});
	return r.metadata ? { response, metadata: r.metadata } : { response };
}
