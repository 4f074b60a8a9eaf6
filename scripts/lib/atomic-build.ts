/**
 * The one rebuild path (DESIGN.md): `npm run build`, the publish server and the benchmark all call
 * atomicBuild(). It builds into a new folder `.builds/<id>/`, runs the post-build steps on it, and
 * only when everything succeeded points the `dist` symlink at it (see swap-dist.ts). A failure
 * leaves `dist` untouched and deletes the half-written folder. The build's output goes to
 * `reports/build-<id>.log`, beside dist and never inside it. Commands get BUILD_OUT_DIR (the new
 * folder), REPORT_DIR (`<root>/reports`, where the site writes schedule.json) and
 * INCREMENTAL_BUILD=1 (unless set: Astro restores unchanged pages), PREVIOUS_BUILD_DIR (the live
 * build's folder, when there is one: the search step reuses its unchanged indexes) in their environment, and the
 * project's node_modules/.bin first on PATH. A second output (the drafts preview,
 * `npm run preview:drafts`) uses the same steps under other names (PREVIEW_LAYOUT):
 * `dist-preview` → `.builds-preview/<id>/`, reports in `reports/preview/`, its own lock.
 * Faults end in a failed result, never a crash: a time limit or an abort kills the command's whole
 * process group (run-logged.ts), a log that cannot be written (ENOSPC) fails the build, and a root
 * on another filesystem than the project builds in a staging folder first (staging.ts, EXDEV).
 */
import type { WriteStream } from 'node:fs';
import { mkdir, realpath, rm } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { buildIdAt } from './build-id.ts';
import { openBuildLog } from './build-log-file.ts';
import { acquireLock } from './file-lock.ts';
import { pruneBuilds, pruneLogs } from './prune-builds.ts';
import { ABORT_CODE, runLogged, TIMEOUT_CODE } from './run-logged.ts';
import { moveAcross, sameFilesystem, stagingRoot } from './staging.ts';
import { pointDistAt } from './swap-dist.ts';

/** Names below the root: the live symlink, the build folders and the reports (logs, content report). */
export type BuildLayout = { link: string; builds: string; reports: string };

/** The published site: `dist` → `.builds/<id>/`, reports in `reports/`. */
export const SITE_LAYOUT: BuildLayout = { link: 'dist', builds: '.builds', reports: 'reports' };
/** The drafts preview: `dist-preview` → `.builds-preview/<id>/`, reports in `reports/preview/`. */
export const PREVIEW_LAYOUT: BuildLayout = {
	link: 'dist-preview',
	builds: '.builds-preview',
	reports: join('reports', 'preview'),
};

/** A command run on the finished folder before the swap; `{outDir}` in an argument is replaced. */
export type BuildStep = {
	name: string;
	command: readonly string[];
	/**
	 * Set in the environment of every command of a build that has this step, so the build command
	 * knows the step will do this work (e.g. the search index, scripts/lib/post-build-steps.ts).
	 */
	buildEnv?: Readonly<Record<string, string>>;
};

export type AtomicBuildOptions = {
	/** Folder holding `dist`, `.builds/` and `reports/`. */
	root: string;
	/** Which output to build; default SITE_LAYOUT (the published site). */
	layout?: BuildLayout;
	/** Where the commands run (the site's project folder); default `root`. */
	cwd?: string;
	/** The build command; `--outDir <folder>` is appended. Default: `astro build` of `cwd`. */
	command?: readonly string[];
	postBuild?: readonly BuildStep[];
	/** Environment of the commands; default process.env. */
	env?: NodeJS.ProcessEnv;
	/** Previous builds kept besides the current one (rollback, in-flight readers); default 2. */
	keep?: number;
	/** Copy the build output to this process's stdout/stderr too. */
	echo?: boolean;
	signal?: AbortSignal | undefined;
	/** Time limit of each command in ms (its process group is killed after it); default none. */
	timeoutMs?: number | undefined;
	now?: () => Date;
	/** Opens the log stream (tests: a stream onto /dev/full, to see ENOSPC). */
	createLog?: (path: string) => WriteStream;
};

/** Why a failed build failed, when it was not the command's own exit code. */
export type BuildFault = 'timeout' | 'aborted' | 'disk-full';

export type AtomicBuildResult = {
	ok: boolean;
	id: string;
	/** Exit code of the step that failed, 0 on success. */
	exitCode: number;
	/** `build`, a post-build step's name, or `swap`. */
	step: string;
	fault?: BuildFault;
	outDir: string;
	logFile: string;
	startedAt: Date;
	finishedAt: Date;
};

/** Paths of a build layout below `root` (default: the published site's). */
export function buildPaths(root: string, layout: BuildLayout = SITE_LAYOUT) {
	return {
		dist: join(root, layout.link),
		builds: join(root, layout.builds),
		reports: join(root, layout.reports),
		lock: join(root, layout.builds, '.lock'),
	};
}

const faultOf = (code: number, error?: NodeJS.ErrnoException | null): BuildFault | undefined =>
	error?.code === 'ENOSPC' || error?.code === 'EDQUOT'
		? 'disk-full'
		: code === TIMEOUT_CODE
			? 'timeout'
			: code === ABORT_CODE
				? 'aborted'
				: undefined;

/** Builds into a new folder and swaps it in on success. Throws LockedError if a build is running. */
export async function atomicBuild(options: AtomicBuildOptions): Promise<AtomicBuildResult> {
	const now = options.now ?? (() => new Date());
	const paths = buildPaths(options.root, options.layout);
	const cwd = options.cwd ?? options.root;
	await mkdir(paths.builds, { recursive: true });
	await mkdir(paths.reports, { recursive: true });
	const release = await acquireLock(paths.lock);
	const startedAt = now();
	const id = buildIdAt(startedAt);
	const outDir = join(paths.builds, id);
	// EXDEV: Astro's own renames cannot cross into a root on another filesystem (staging.ts).
	const staged = !(await sameFilesystem(cwd, paths.builds));
	const workDir = staged
		? join(stagingRoot(cwd, options.layout?.builds ?? SITE_LAYOUT.builds), id)
		: outDir;
	const logFile = join(paths.reports, `build-${id}.log`);
	const log = openBuildLog(logFile, options.createLog);
	const base = options.env ?? process.env;
	// The build now live, which this one follows ('' when there is none yet).
	const previous = await realpath(paths.dist).catch(() => '');
	const keep = options.keep ?? 2;
	// Old folders are deleted while this one builds (its first seconds keep one core busy, the
	// disk idle), not after the swap: the live one and `keep - 1` before it stay, so after the
	// swap the new live build has `keep` before it, as before.
	const pruning = previous
		? pruneBuilds(paths.builds, previous, Math.max(0, keep - 1), [outDir]).catch(() => [])
		: Promise.resolve([]);
	// As in npm scripts: the project's Node 24 and tools come first, also under systemd.
	const env = {
		...base,
		PATH: [join(cwd, 'node_modules', '.bin'), base.PATH].filter(Boolean).join(delimiter),
		BUILD_OUT_DIR: workDir,
		// Where the site build leaves its machine-readable reports (schedule.json, content.json).
		REPORT_DIR: paths.reports,
		// Astro restores the pages nothing changed for from the previous build (src/config.ts).
		INCREMENTAL_BUILD: base['INCREMENTAL_BUILD'] ?? '1',
		PREVIOUS_BUILD_DIR: previous,
		...Object.assign({}, ...(options.postBuild ?? []).map((step) => step.buildEnv ?? {})),
	};
	const run = {
		cwd,
		env,
		log,
		echo: options.echo ?? false,
		signal: options.signal,
		timeoutMs: options.timeoutMs,
	};
	const steps: BuildStep[] = [
		{
			name: 'build',
			command: [...(options.command ?? [join(cwd, 'node_modules', '.bin', 'astro'), 'build'])],
		},
		...(options.postBuild ?? []),
	];
	let failed: { step: string; code: number; fault?: BuildFault | undefined } | null = null;
	try {
		log.write(`# bygg ${id}, startet ${startedAt.toISOString()}\n`);
		for (const [index, step] of steps.entries()) {
			const argv = step.command.map((arg) => arg.replaceAll('{outDir}', workDir));
			if (index === 0) argv.push('--outDir', workDir);
			log.write(`# ${step.name}: ${argv.join(' ')}\n`);
			const code = await runLogged(argv, run);
			if (code !== 0 || log.failure()) {
				failed = { step: step.name, code: code || 1, fault: faultOf(code, log.failure()) };
				break;
			}
		}
		await pruning;
		if (!failed) {
			if (staged) await moveAcross(workDir, paths.builds, id);
			await pointDistAt(paths.dist, outDir);
			// The new build is live now; a failed clean-up must not count as a failed build.
			await pruneBuilds(paths.builds, outDir, keep).catch(() => []);
		}
	} catch (error) {
		log.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
		failed = { step: 'swap', code: 1, fault: faultOf(1, error as NodeJS.ErrnoException) };
	}
	try {
		log.write(`\n# ${failed ? `${failed.step} feilet (kode ${failed.code})` : 'ferdig'}\n`);
		await log.close();
		if (failed) {
			await rm(outDir, { recursive: true, force: true });
			if (staged) await rm(workDir, { recursive: true, force: true });
		}
		await pruneLogs(paths.reports, 10).catch(() => undefined);
	} finally {
		await pruning;
		await release();
	}
	return {
		ok: !failed,
		id,
		exitCode: failed?.code ?? 0,
		step: failed?.step ?? 'swap',
		...(failed?.fault ? { fault: failed.fault } : {}),
		outDir,
		logFile,
		startedAt,
		finishedAt: now(),
	};
}
