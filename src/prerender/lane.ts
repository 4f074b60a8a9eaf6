/**
 * One worker thread seen from the main thread: sends it batches of pages, settles each page's
 * promise from the results it sends back, and collects its harvest at the end. A worker that stops
 * hands the pages it held back (`onLost`) and takes no more; a page whose rendering throws fails
 * as it would on the main thread.
 */
import { Worker } from 'node:worker_threads';
import type { AstroPrerenderer, PrerenderResult } from 'astro';
import {
	fromWire,
	type FromWorker,
	type PageJob,
	type BundleSetup,
	type ToWorker,
	type WorkerHarvest,
	type WorkerInit,
} from './protocol.ts';

/** A page Astro asked for: what a worker is sent, what the main thread would render, its promise. */
export type Pending = {
	job: PageJob;
	request: Request;
	routeData: Parameters<AstroPrerenderer['render']>[1]['routeData'];
	resolve: (r: PrerenderResult) => void;
	reject: (e: Error) => void;
};

export class WorkerLane {
	readonly #worker: Worker;
	readonly #inFlight = new Map<number, Pending>();
	#batches = 0;
	#failure: Error | undefined;
	#harvested: ((h: WorkerHarvest) => void) | undefined;
	readonly #onLost: (pages: Pending[], reason: Error) => void;
	ready = false;
	/** Pages this lane rendered. */
	rendered = 0;

	/**
	 * Starts the thread (src/prerender/worker.ts), which loads its store at once; `onIdle` is called
	 * when it can take a batch, `onLost` with the pages it held when it stops unasked. The thread
	 * keeps the process alive only while it holds pages.
	 */
	constructor(
		script: URL,
		init: WorkerInit,
		onIdle: () => void,
		onLost: (pages: Pending[], reason: Error) => void,
	) {
		this.#onLost = onLost;
		this.#worker = new Worker(script, { workerData: init });
		this.#worker.unref();
		this.#worker.on('message', (m: FromWorker) => {
			if (m.kind === 'ready') this.ready = true;
			else if (m.kind === 'harvest') this.#harvested?.(m.harvest);
			else {
				if (--this.#batches === 0) this.#worker.unref();
				for (const r of m.results) this.#settle(r);
			}
			onIdle();
		});
		this.#worker.on('error', (e) => this.#fail(e));
		this.#worker.on('exit', (code) => this.#fail(new Error(`exit code ${code}`)));
	}

	/** Batches this lane holds now; `failed` lanes take none. */
	get batches(): number {
		return this.#failure ? Infinity : this.#batches;
	}

	/** Gives the thread the built bundle; it answers `ready` when it can render. */
	start(bundle: BundleSetup): void {
		this.#post({ kind: 'start', bundle });
	}

	/** Sends pages to the thread. */
	send(batch: Pending[]): void {
		for (const p of batch) this.#inFlight.set(p.job.id, p);
		if (this.#batches++ === 0) this.#worker.ref();
		this.#post({ kind: 'batch', jobs: batch.map((p) => p.job) });
	}

	#post(message: ToWorker): void {
		this.#worker.postMessage(message);
	}

	/** The images and report entries the thread found; then the thread is stopped. */
	async finish(): Promise<WorkerHarvest | undefined> {
		if (this.#failure || !this.ready) {
			// A thread still loading when the pages ran out rendered nothing: stopped, not failed.
			this.#failure ??= new Error('stopped');
			return void (await this.#worker.terminate());
		}
		this.#worker.ref();
		const harvest = await new Promise<WorkerHarvest>((done) => {
			this.#harvested = done;
			this.#post({ kind: 'harvest' });
		});
		this.#failure = new Error('stopped');
		await this.#worker.terminate();
		return harvest;
	}

	#settle(
		r:
			| Parameters<typeof fromWire>[0]
			| { id: number; error: { message: string; stack?: string | undefined } },
	): void {
		const pending = this.#inFlight.get(r.id);
		if (!pending) return;
		this.#inFlight.delete(r.id);
		this.rendered++;
		if ('error' in r)
			pending.reject(Object.assign(new Error(r.error.message), { stack: r.error.stack }));
		else pending.resolve(fromWire(r));
	}

	#fail(e: Error): void {
		if (this.#failure) return;
		this.#failure = e;
		const lost = [...this.#inFlight.values()];
		this.#inFlight.clear();
		this.#onLost(lost, e);
	}
}
