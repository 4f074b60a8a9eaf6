/**
 * Runs one command as a child process in its own process group, writing its stdout and stderr
 * into the build log. A time limit or an abort (the server stopping) kills the whole group — Astro
 * and every worker it started — with SIGTERM, then SIGKILL after a grace period: killing only the
 * direct child would leave its workers writing into the build folder.
 * @see https://man7.org/linux/man-pages/man2/kill.2.html (a negative pid signals the process group)
 */
import { spawn } from 'node:child_process';

/** Where a command's output goes: the build log (build-log.ts), never throwing. */
export type LogSink = { write(chunk: string | Buffer): void };

export type RunOptions = {
	cwd: string;
	env: NodeJS.ProcessEnv;
	log: LogSink;
	/** Also copy the output to this process's stdout/stderr (for `npm run build` in a terminal). */
	echo?: boolean;
	signal?: AbortSignal | undefined;
	/** Kill the group after this many ms (exit code TIMEOUT_CODE). */
	timeoutMs?: number | undefined;
	/** Between SIGTERM and SIGKILL; default 5 s. */
	graceMs?: number;
};

/** Exit code of a command killed for running too long (as timeout(1)). */
export const TIMEOUT_CODE = 124;
/** Exit code of a command killed because the caller stopped (128 + SIGTERM). */
export const ABORT_CODE = 143;

function killGroup(pid: number | undefined, signal: NodeJS.Signals) {
	if (pid === undefined) return;
	try {
		process.kill(-pid, signal);
	} catch {
		// the group is gone already
	}
}

/**
 * Runs `command` (argv, no shell); resolves to its exit code (127 if it cannot start, 1 on a
 * signal, TIMEOUT_CODE after the time limit, ABORT_CODE after an abort).
 */
export function runLogged(command: readonly string[], options: RunOptions): Promise<number> {
	const [file, ...args] = command;
	if (!file) return Promise.resolve(127);
	if (options.signal?.aborted) return Promise.resolve(ABORT_CODE);
	return new Promise((done) => {
		const child = spawn(file, args, {
			cwd: options.cwd,
			env: options.env,
			stdio: ['ignore', 'pipe', 'pipe'],
			// Its own process group only when this side may have to stop it; otherwise it stays in
			// ours, so Ctrl-C in a terminal (`npm run build`) still reaches Astro and its workers.
			detached: Boolean(options.signal || options.timeoutMs),
		});
		let forced: number | null = null;
		let killTimer: NodeJS.Timeout | undefined;
		const stop = (code: number, why: string) => {
			if (forced !== null) return;
			forced = code;
			options.log.write(`\n# ${why}: stopper prosessgruppen ${child.pid}\n`);
			killGroup(child.pid, 'SIGTERM');
			killTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), options.graceMs ?? 5000);
		};
		const limit = options.timeoutMs
			? setTimeout(() => stop(TIMEOUT_CODE, 'tidsgrensen er nådd'), options.timeoutMs)
			: undefined;
		const onAbort = () => stop(ABORT_CODE, 'avbrutt');
		options.signal?.addEventListener('abort', onAbort, { once: true });
		child.stdout.on('data', (chunk: Buffer) => {
			options.log.write(chunk);
			if (options.echo) process.stdout.write(chunk);
		});
		child.stderr.on('data', (chunk: Buffer) => {
			options.log.write(chunk);
			if (options.echo) process.stderr.write(chunk);
		});
		let settled = false;
		const settle = (code: number) => {
			if (settled) return;
			settled = true;
			clearTimeout(limit);
			options.signal?.removeEventListener('abort', onAbort);
			// Workers the command left behind still go (the group outlives its leader).
			if (forced !== null) killGroup(child.pid, 'SIGKILL');
			clearTimeout(killTimer);
			done(forced ?? code);
		};
		child.on('error', (error) => {
			options.log.write(`\nKunne ikke starte ${file}: ${error.message}\n`);
			settle(127);
		});
		child.on('close', (code) => settle(code ?? 1));
	});
}
