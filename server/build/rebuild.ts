/**
 * One rebuild of the publish server: runs the one atomic build (scripts/lib/atomic-build.ts),
 * logs the result in Norwegian with the content report (or the log's tail when it failed), keeps
 * the last result for /api/status, and calls the after-build hook (rescheduling, Facebook).
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import {
	atomicBuild,
	type AtomicBuildResult,
	type BuildStep,
} from '../../scripts/lib/atomic-build.ts';
import type { Logger } from '../log.ts';
import { contentReport, logTail } from './build-log.ts';

export type LastBuild = {
	id: string | null;
	ok: boolean;
	reasons: string[];
	startedAt: string;
	finishedAt: string;
	/** The failed step (`build`, a post-build step, `swap`, `lås`), or null on success. */
	failedStep: string | null;
};

export type RebuildOptions = {
	root: string;
	cwd: string;
	/** Build command (default astro build); tests pass a fake one. */
	command?: readonly string[];
	postBuild: readonly BuildStep[];
	keep: number;
	env?: NodeJS.ProcessEnv;
	log: Logger;
	now: () => Date;
	/** Runs after every build, successful (result) or not (null when it could not start). */
	afterBuild?: (result: AtomicBuildResult | null) => Promise<void>;
};

export type Rebuilder = { run(reasons: string[]): Promise<void>; last(): LastBuild | null };

/** Creates the rebuild function the build queue calls. */
export function createRebuilder(options: RebuildOptions): Rebuilder {
	const { log } = options;
	let last: LastBuild | null = null;
	const run = async (reasons: string[]) => {
		const startedAt = options.now().toISOString();
		log.info(`Bygger nettstedet (${reasons.join(', ') || 'ukjent grunn'}) …`);
		let result: AtomicBuildResult | null = null;
		try {
			result = await atomicBuild({
				root: options.root,
				cwd: options.cwd,
				...(options.command ? { command: options.command } : {}),
				postBuild: options.postBuild,
				keep: options.keep,
				...(options.env ? { env: options.env } : {}),
				now: options.now,
			});
		} catch (error) {
			log.error(`Bygget ble ikke startet: ${error instanceof Error ? error.message : error}`);
		}
		const text = result ? await readFile(result.logFile, 'utf8').catch(() => '') : '';
		const logName = result ? relative(options.root, result.logFile) : '';
		if (result?.ok) {
			const seconds = (result.finishedAt.getTime() - result.startedAt.getTime()) / 1000;
			log.info(`Nytt bygg ${result.id} er publisert (${seconds.toFixed(1)} s). Logg: ${logName}`);
			for (const line of contentReport(text)) log.info(line);
		} else if (result) {
			log.error(
				`Bygget feilet (${result.step}, kode ${result.exitCode}); nettstedet er uendret. Logg: ${logName}`,
			);
			const report = contentReport(text);
			const tail = logTail(text).filter((line) => !report.includes(line));
			for (const line of [...report, ...tail]) log.error(line);
		}
		last = {
			id: result?.id ?? null,
			ok: result?.ok ?? false,
			reasons,
			startedAt,
			finishedAt: options.now().toISOString(),
			failedStep: result ? (result.ok ? null : result.step) : 'lås',
		};
		await options.afterBuild?.(result).catch((error: unknown) => {
			log.error(
				`Etterarbeid etter bygget feilet: ${error instanceof Error ? error.message : error}`,
			);
		});
	};
	return { run, last: () => last };
}
