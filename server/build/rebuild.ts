/**
 * One rebuild of the publish server: runs the one atomic build (scripts/lib/atomic-build.ts) with
 * a time limit and the server's abort signal, logs the result in Norwegian with the content report
 * (or the log's tail when it failed), keeps the last result for /api/status, and tells the hooks:
 * `onLive(build)` after a successful swap (rescheduling, Facebook, newsletter), `onFailed(line)`
 * with one line for the editor, `onLocked` when another process holds the build lock (the server
 * tries again when it frees). `revisions()` gives the build the webhook's `_rev` of each published
 * post (PUBLISH_REVISIONS), so it can check that it read them (issue 27, point 1).
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import {
	atomicBuild,
	type AtomicBuildResult,
	type BuildStep,
} from '../../scripts/lib/atomic-build.ts';
import { LockedError } from '../../scripts/lib/file-lock.ts';
import type { Logger } from '../log.ts';
import { contentReport, lastProblem, logTail } from './build-log.ts';
import { buildLines as m } from './messages.ts';

export type LastBuild = {
	id: string | null;
	ok: boolean;
	reasons: string[];
	startedAt: string;
	finishedAt: string;
	/** The failed step (`build`, a post-build step, `swap`, `lås`), or null on success. */
	failedStep: string | null;
	/** One line on what went wrong, or null on success. */
	message: string | null;
};

/** A build that went live. */
export type LiveBuild = AtomicBuildResult & { reasons: string[] };

export type RebuildOptions = {
	root: string;
	cwd: string;
	/** Build command (default astro build); tests pass a fake one. */
	command?: readonly string[];
	postBuild: readonly BuildStep[];
	keep: number;
	timeoutMs: number;
	/** Aborted when the server stops: the running build is killed. */
	signal?: AbortSignal;
	env?: NodeJS.ProcessEnv;
	log: Logger;
	now: () => Date;
	/** Post `_id` → the `_rev` the build must see; asked as the build starts. */
	revisions?: () => Promise<Record<string, string>>;
	onLive?: (build: LiveBuild) => Promise<void>;
	onFailed?: (line: string) => Promise<void>;
	onLocked?: (reasons: string[]) => void;
};

export type Rebuilder = { run(reasons: string[]): Promise<void>; last(): LastBuild | null };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Creates the rebuild function the build queue calls. */
export function createRebuilder(options: RebuildOptions): Rebuilder {
	const { log } = options;
	let last: LastBuild | null = null;
	const hook = async (name: string, call: () => Promise<void> | undefined) => {
		await Promise.resolve(call()).catch((error: unknown) =>
			log.error(`Etterarbeid (${name}) feilet: ${errorText(error)}`),
		);
	};
	const run = async (reasons: string[]) => {
		const startedAt = options.now().toISOString();
		log.info(m.starting(reasons));
		let revisions: Record<string, string> = {};
		await hook('status', async () => void (revisions = (await options.revisions?.()) ?? {}));
		const base = options.env ?? process.env;
		let result: AtomicBuildResult | null = null;
		let line: string | null = null;
		try {
			result = await atomicBuild({
				root: options.root,
				cwd: options.cwd,
				...(options.command ? { command: options.command } : {}),
				postBuild: options.postBuild,
				keep: options.keep,
				// Every build of the server has a trigger: it reads the live API, never the CDN (src/config.ts).
				env: {
					...base,
					BUILD_TRIGGER: 'publish-server',
					PUBLISH_REVISIONS: JSON.stringify(revisions),
				},
				timeoutMs: options.timeoutMs,
				signal: options.signal,
				now: options.now,
			});
		} catch (error) {
			if (error instanceof LockedError && options.onLocked) {
				last = { ...blank(reasons, startedAt), failedStep: 'lås', message: error.message };
				options.onLocked(reasons);
				return;
			}
			line = m.notStarted(errorText(error));
			log.error(line);
		}
		const text = result ? await readFile(result.logFile, 'utf8').catch(() => '') : '';
		const logName = result ? relative(options.root, result.logFile) : '';
		if (result?.ok) {
			const seconds = (result.finishedAt.getTime() - result.startedAt.getTime()) / 1000;
			log.info(m.live(result.id, seconds, logName));
			for (const l of contentReport(text)) log.info(l);
		} else if (result) {
			line = m.failure(result, lastProblem(text), options.timeoutMs);
			log.error(m.failedHeader(result, logName));
			log.error(line);
			const report = contentReport(text);
			const tail = logTail(text).filter((l) => !report.includes(l));
			for (const l of [...report, ...tail]) log.error(l);
		}
		last = {
			id: result?.id ?? null,
			ok: result?.ok ?? false,
			reasons,
			startedAt,
			finishedAt: options.now().toISOString(),
			failedStep: result ? (result.ok ? null : result.step) : 'start',
			message: line,
		};
		if (result?.ok) await hook('etter bygg', () => options.onLive?.({ ...result, reasons }));
		else await hook('status', () => options.onFailed?.(line ?? 'Bygget feilet.'));
	};
	return { run, last: () => last };
}

function blank(reasons: string[], startedAt: string): LastBuild {
	return {
		id: null,
		ok: false,
		reasons,
		startedAt,
		finishedAt: startedAt,
		failedStep: null,
		message: null,
	};
}
