/** Runs one command as a child process, writing its stdout and stderr into a log file. */
import { spawn } from 'node:child_process';
import type { WriteStream } from 'node:fs';

export type RunOptions = {
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** The open build log; the command's output is appended to it. */
	log: WriteStream;
	/** Also copy the output to this process's stdout/stderr (for `npm run build` in a terminal). */
	echo?: boolean;
	signal?: AbortSignal | undefined;
};

/** Runs `command` (argv, no shell); resolves to its exit code (127 if it cannot start, 1 on a signal). */
export function runLogged(command: readonly string[], options: RunOptions): Promise<number> {
	const [file, ...args] = command;
	if (!file) return Promise.resolve(127);
	return new Promise((done) => {
		const child = spawn(file, args, {
			cwd: options.cwd,
			env: options.env,
			stdio: ['ignore', 'pipe', 'pipe'],
			...(options.signal ? { signal: options.signal } : {}),
		});
		child.stdout.on('data', (chunk: Buffer) => {
			options.log.write(chunk);
			if (options.echo) process.stdout.write(chunk);
		});
		child.stderr.on('data', (chunk: Buffer) => {
			options.log.write(chunk);
			if (options.echo) process.stderr.write(chunk);
		});
		let settled = false;
		child.on('error', (error) => {
			if (settled) return;
			settled = true;
			options.log.write(`\nKunne ikke starte ${file}: ${error.message}\n`);
			done(127);
		});
		child.on('close', (code) => {
			if (settled) return;
			settled = true;
			done(code ?? 1);
		});
	});
}
