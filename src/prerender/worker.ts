/**
 * One worker thread of the worker prerenderer (pool.ts): builds this build's store once from the
 * same configuration as the main thread (parsing the same export, checked by its fingerprint, or
 * from the API answers the main thread got), loads the built prerender bundle, renders the batches of
 * pages it is sent with Astro's own `renderForPrerender` (metadata collected when Astro asks) and
 * answers by value; on `harvest`, hands back the image variants, image uses and report lines
 * found while rendering (merge.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { installRenderScope, renderForPrerender } from 'astro/app';
import { AsyncLocalStorage } from 'node:async_hooks';
import { resetBuildState } from '../build-state.ts';
import { buildReport, contentSource, provideSource } from '../content/source.ts';
import { loadContent } from '../content/store.ts';
import { exportFingerprint } from '../sanity/export-fingerprint.ts';
import { prerenderMessages as m } from '../report/messages.ts';
import { replaySource } from '../sanity/replay-source.ts';
import { harvest } from './merge.ts';
import type {
	BundleSetup,
	FromWorker,
	PageJob,
	PageResult,
	ToWorker,
	WorkerInit,
} from './protocol.ts';

const init = workerData as WorkerInit;
const port = parentPort!;
const send = (message: FromWorker, transfer: ArrayBuffer[] = []) =>
	port.postMessage(message, transfer);

/** Loads this thread's store (while Astro bundles the site) and checks it read what the main thread read. */
async function loadStore(): Promise<void> {
	resetBuildState(init.config);
	if ('answers' in init.content)
		provideSource(Promise.resolve(replaySource(init.content.answers, 'the main thread')));
	await loadContent();
	if ('fingerprint' in init.content && init.config.source.mode === 'local') {
		const read = (await contentSource()).fingerprint;
		const now = await exportFingerprint(init.config.source.path);
		// A worker that read other files than the main thread stops; its pages go to the main thread.
		if (read !== init.content.fingerprint || now !== read) throw new Error(m.exportChanged);
	}
}

/** Loads the built bundle and sets its app up as the default prerenderer does. */
async function loadApp(bundle: BundleSetup): Promise<BuildApp> {
	const { app } = (await import(bundle.entryUrl)) as { app: BuildApp };
	app.setInternals({
		pagesByKeys: new Map(bundle.pages),
		entrySpecifierToBundleMap: new Map(Object.entries(app.manifest.entryModules ?? {})),
	});
	app.setOptions({
		settings: { scripts: bundle.scripts },
		logger: { options: { destination: app.logger.options.destination } },
	});
	installRenderScope(new AsyncLocalStorage());
	return app;
}

const stored = loadStore();
const started = new Promise<BundleSetup>((done) =>
	port.once('message', (m: ToWorker) => m.kind === 'start' && done(m.bundle)),
);
await stored;
const app = await loadApp(await started);
const routes = app.manifest.routes.map((r) => r.routeData);

/**
 * The first render of each route, which fills Astro's route cache (its getStaticPaths); the other
 * pages of that route wait for it, so getStaticPaths runs once per route, as on the main thread.
 */
const firstOfRoute = new Map<number, Promise<unknown>>();

/** Renders one page; an error is returned, not thrown, so the batch goes on. */
function render(job: PageJob): Promise<PageResult> {
	const first = firstOfRoute.get(job.route);
	if (first) return first.then(() => renderNow(job));
	const result = renderNow(job);
	firstOfRoute.set(job.route, result);
	return result;
}

async function renderNow(job: PageJob): Promise<PageResult> {
	try {
		const request = new Request(job.url);
		const { response, metadata } = await renderForPrerender(app, request, {
			routeData: routes[job.route]!,
			collectMetadata: job.collectMetadata,
		});
		const body = response.body === null ? null : await response.arrayBuffer();
		const headers = [...response.headers];
		return {
			id: job.id,
			status: response.status,
			statusText: response.statusText,
			headers,
			body,
			metadata,
		};
	} catch (e) {
		const err = e instanceof Error ? e : new Error(String(e));
		return { id: job.id, error: { message: err.message, stack: err.stack } };
	}
}

port.on('message', async (message: ToWorker) => {
	if (message.kind === 'harvest') {
		const { images } = await loadContent();
		return send({ kind: 'harvest', harvest: harvest(images, buildReport()) });
	}
	if (message.kind !== 'batch') return;
	const results = await Promise.all(message.jobs.map(render));
	const bodies = results.flatMap((r) => ('body' in r && r.body ? [r.body] : []));
	send({ kind: 'results', results }, bodies);
});
send({ kind: 'ready' });

type RouteData = NonNullable<NonNullable<Parameters<typeof renderForPrerender>[2]>['routeData']>;

/** The parts of Astro's BuildApp (astro/dist/core/build/app.js) this worker uses. */
type BuildApp = Parameters<typeof renderForPrerender>[0] & {
	manifest: { routes: { routeData: RouteData }[]; entryModules?: Record<string, string> };
	logger: { options: { destination: unknown } };
	setInternals(internals: unknown): void;
	setOptions(options: unknown): void;
};
