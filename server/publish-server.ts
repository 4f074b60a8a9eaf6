/**
 * Wires the publish server together: webhook → debounced build queue (with a maximum wait) →
 * atomic build (time limit, killed on stop) → swap → `onLive(build)`: the status channel, the
 * scheduler, the optional Facebook poster in the background, the newsletter sender (after the
 * build that holds the post is live) and the caller's own hook. The HTTP server serves the live build, with limits for slow clients. At start it cleans
 * what a killed build left; a build refused for another process's lock is tried again later. Tests
 * start it in-process with a fake build command, a pinned clock and fake timers.
 */
import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildPaths, type BuildStep } from '../scripts/lib/atomic-build.ts';
import { cleanUnfinished } from '../scripts/lib/clean-unfinished.ts';
import { POST_BUILD_STEPS } from '../scripts/lib/post-build-steps.ts';
import { createApp } from './app.ts';
import { createBuildQueue, realTimers, type BuildQueue, type Timers } from './build/build-queue.ts';
import { buildLines } from './build/messages.ts';
import { createRebuilder, type LiveBuild } from './build/rebuild.ts';
import type { ServerConfig } from './config.ts';
import { PROJECT_ROOT } from '../scripts/lib/project-root.ts';
import { facebookAfterLive } from './facebook/after-live.ts';
import { capConnectionsPerClient, serverTimeouts } from './http/connection-limits.ts';
import type { Logger } from './log.ts';
import { nightlySchedule } from './schedule/nightly.ts';
import { readSchedule, scheduleFile } from './schedule/schedule-file.ts';
import { createScheduler, type Scheduler } from './schedule/scheduler.ts';
import { statusWriterFor } from './status/from-config.ts';
import { createPublishStatus } from './status/publish-status.ts';
import type { StatusClient, StatusWriter } from './status/writer.ts';
import { createSeenKeys } from './webhook/seen-keys.ts';
import { startNewsletter, type NewsletterService } from './newsletter/service.ts';
import type { Mailer } from './newsletter/transport.ts';

export type ServerOverrides = {
	/** Build command instead of `astro build` (tests). */
	command?: readonly string[];
	postBuild?: readonly BuildStep[];
	/** Where the build command runs; default the project folder. */
	cwd?: string;
	now?: () => Date;
	/** Timers of the scheduler (the build queue always uses real ones). */
	schedulerTimers?: Timers;
	/** The status channel instead of the configured one (reports/status.json + Sanity). */
	status?: StatusWriter;
	/** The Sanity client of the configured status writer (tests: a fake); default @sanity/client. */
	statusClient?: () => StatusClient;
	/** Runs after every build that went live, after the status, Facebook and the newsletter. */
	onLive?: (build: LiveBuild) => Promise<void>;
	/** The newsletter's SMTP mailer (tests). */
	mailer?: () => Mailer;
	log: Logger;
};

export type PublishServer = {
	origin: string;
	queue: BuildQueue;
	scheduler: Scheduler;
	status: StatusWriter;
	newsletter: NewsletterService;
	/** Resolves when no build waits or runs and the Facebook poster is done. */
	idle(): Promise<void>;
	/** Stops within seconds: a running build is killed (its process group), connections closed. */
	close(): Promise<void>;
};

/** Starts the server on config.host:config.port (0 = a free port). */
export async function startPublishServer(
	config: ServerConfig,
	overrides: ServerOverrides,
): Promise<PublishServer> {
	const { log } = overrides;
	const now = overrides.now ?? (() => new Date());
	const cwd = overrides.cwd ?? PROJECT_ROOT;
	const paths = buildPaths(config.root);
	const removed = await cleanUnfinished(config.root, cwd).catch((error: unknown) => {
		log.error(`Kunne ikke rydde uferdige bygg: ${(error as Error).message}`);
		return [];
	});
	if (removed.length)
		log.info(`Ryddet uferdige bygg fra en tidligere stans: ${removed.join(', ')}.`);
	const status =
		overrides.status ??
		statusWriterFor(config.root, config.status, (line) => log.error(line), overrides.statusClient);
	const publishStatus = createPublishStatus(status, join(paths.reports, 'content.json'), now);
	const facebook = config.facebookAfterBuild
		? facebookAfterLive(config.facebook, { log, status, now })
		: null;
	const stopping = new AbortController();
	let scheduler: Scheduler | null = null;
	let lockRetry: ReturnType<typeof setTimeout> | undefined;
	const newsletter = startNewsletter(config.newsletter, {
		log,
		now,
		status,
		...(overrides.mailer ? { mailer: overrides.mailer } : {}),
	});
	/** The callback point after a successful swap. */
	const onLive = async (build: LiveBuild) => {
		await publishStatus.live(build.id, build.finishedAt);
		await scheduler?.rearm();
		facebook?.request();
		newsletter.onLive();
		await overrides.onLive?.(build);
	};
	const rebuilder = createRebuilder({
		root: config.root,
		cwd,
		...(overrides.command ? { command: overrides.command } : {}),
		postBuild: overrides.postBuild ?? POST_BUILD_STEPS,
		keep: config.keepBuilds,
		timeoutMs: config.buildTimeoutMs,
		signal: stopping.signal,
		log,
		now,
		revisions: () => publishStatus.building(),
		onLive,
		onFailed: (line) => publishStatus.failed(line, now()),
		onLocked: (reasons) => {
			log.info(buildLines.locked(config.lockRetryMs));
			clearTimeout(lockRetry);
			lockRetry = setTimeout(() => {
				for (const reason of reasons) queue.request(reason);
			}, config.lockRetryMs);
		},
	});
	const queue = createBuildQueue({
		debounceMs: config.debounceMs,
		maxWaitMs: config.maxWaitMs,
		run: rebuilder.run,
	});
	scheduler = createScheduler({
		now,
		readSchedule: () => readSchedule(scheduleFile(config.root)),
		nightly: nightlySchedule(config.nightlyCron, config.timeZone),
		trigger: (reason) => queue.request(reason),
		onError: (message) => log.error(`Tidsplan: ${message}`),
		timers: overrides.schedulerTimers ?? realTimers,
	});
	const app = createApp({
		secret: config.secret,
		now,
		seen: createSeenKeys(),
		log,
		onPublish: (what, doc) => {
			log.info(`Publisering mottatt: ${what}.`);
			if (doc) void publishStatus.waiting(doc);
			queue.request(what);
		},
		distPath: paths.dist,
		newsletter: newsletter.routes,
		status: () => ({
			...queue.state(),
			lastBuild: rebuilder.last(),
			nextScheduledBuild: scheduler?.next() ?? null,
		}),
	});
	const server = serve({
		fetch: app.fetch,
		port: config.port,
		hostname: config.host,
		serverOptions: serverTimeouts(config),
	}) as Server;
	capConnectionsPerClient(server, config.maxConnectionsPerClient);
	await new Promise<void>((done, fail) => {
		server.once('listening', done);
		server.once('error', fail);
	});
	const { port } = server.address() as AddressInfo;
	const next = await scheduler.rearm();
	if (next)
		log.info(
			`Neste planlagte bygg: ${next.at.toISOString()} (${next.kind === 'publish' ? 'planlagt innlegg' : 'nattlig'}).`,
		);
	if (!existsSync(paths.dist)) queue.request('første bygg');
	const idle = async () => {
		await queue.idle();
		await facebook?.idle();
	};
	return {
		origin: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
		queue,
		scheduler,
		status,
		newsletter,
		idle,
		close: async () => {
			scheduler?.stop();
			clearTimeout(lockRetry);
			queue.stop();
			stopping.abort();
			await queue.idle();
			await newsletter.close();
			server.closeAllConnections();
			await new Promise<void>((done) => server.close(() => done()));
		},
	};
}
