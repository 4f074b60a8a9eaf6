/**
 * Wires the publish server together: webhook → debounced build queue → atomic build → swap, the
 * scheduler for timed posts and the nightly build, the optional Facebook poster after a
 * successful build, and the HTTP server serving the live build. Tests start it in-process with a
 * fake build command, a pinned clock and fake timers.
 */
import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildPaths, type BuildStep } from '../scripts/lib/atomic-build.ts';
import { POST_BUILD_STEPS } from '../scripts/lib/post-build-steps.ts';
import { createApp } from './app.ts';
import { createBuildQueue, realTimers, type BuildQueue, type Timers } from './build/build-queue.ts';
import { createRebuilder } from './build/rebuild.ts';
import type { ServerConfig } from './config.ts';
import { PROJECT_ROOT } from '../scripts/lib/project-root.ts';
import { publishFromSite } from './facebook/publish-from-site.ts';
import type { Logger } from './log.ts';
import { nightlySchedule } from './schedule/nightly.ts';
import { readSchedule, scheduleFile } from './schedule/schedule-file.ts';
import { createScheduler, type Scheduler } from './schedule/scheduler.ts';
import { createSeenKeys } from './webhook/seen-keys.ts';
import { startNewsletter, type NewsletterService } from './newsletter/service.ts';
import { fileStatusWriter, type StatusWriter } from './status/writer.ts';
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
	/** Status channel (default: reports/status.json beside the build). */
	status?: StatusWriter;
	/** The newsletter's SMTP mailer (tests). */
	mailer?: () => Mailer;
	log: Logger;
};

export type PublishServer = {
	origin: string;
	queue: BuildQueue;
	scheduler: Scheduler;
	newsletter: NewsletterService;
	close(): Promise<void>;
};

/** Starts the server on config.host:config.port (0 = a free port). */
export async function startPublishServer(
	config: ServerConfig,
	overrides: ServerOverrides,
): Promise<PublishServer> {
	const { log } = overrides;
	const now = overrides.now ?? (() => new Date());
	const paths = buildPaths(config.root);
	let scheduler: Scheduler | null = null;
	const newsletter = startNewsletter(config.newsletter, {
		log,
		now,
		status: overrides.status ?? fileStatusWriter(join(config.root, 'reports', 'status.json')),
		...(overrides.mailer ? { mailer: overrides.mailer } : {}),
	});
	const rebuilder = createRebuilder({
		root: config.root,
		cwd: overrides.cwd ?? PROJECT_ROOT,
		...(overrides.command ? { command: overrides.command } : {}),
		postBuild: overrides.postBuild ?? POST_BUILD_STEPS,
		keep: config.keepBuilds,
		log,
		now,
		afterBuild: async (result) => {
			await scheduler?.rearm();
			if (result?.ok) newsletter.onLive();
			if (!result?.ok || !config.facebookAfterBuild) return;
			await publishFromSite(config.facebook, {
				publish: true,
				now: now(),
				print: (line) => log.info(`Facebook: ${line}`),
			}).catch((error: unknown) =>
				log.error(`Facebook: ${error instanceof Error ? error.message : String(error)}`),
			);
		},
	});
	const queue = createBuildQueue({ debounceMs: config.debounceMs, run: rebuilder.run });
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
		onPublish: (what) => {
			log.info(`Publisering mottatt: ${what}.`);
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
	const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
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
	return {
		origin: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
		queue,
		scheduler,
		newsletter,
		close: async () => {
			scheduler?.stop();
			queue.stop();
			await queue.idle();
			await newsletter.close();
			await new Promise<void>((done) => server.close(() => done()));
		},
	};
}
