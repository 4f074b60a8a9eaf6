/**
 * Runs one build command and measures it: wall-clock time from spawn to exit, and the peak of the
 * summed RSS of its whole process tree, sampled every `sampleMs` from /proc.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { treeRss } from './process-tree.ts';

export type Command = {
	/** Executable path. */
	command: string;
	args: string[];
	cwd: string;
	/** Extra environment variables, on top of the bench's own environment. */
	env?: Record<string, string>;
};

export type Measurement = {
	/** Wall time in milliseconds. */
	wallMs: number;
	/** Highest summed RSS of the process tree in bytes. */
	peakRssBytes: number;
	/** Highest summed RSS per process name (`comm`), e.g. Pagefind's indexer. */
	peakRssByName: Record<string, number>;
	exitCode: number;
	/** Where the command's stdout and stderr went. */
	logFile: string;
};

/** Runs `cmd` in its own process group with output to `logFile`; never throws on a failed build. */
export function measure(cmd: Command, logFile: string, sampleMs = 50): Promise<Measurement> {
	const log = openSync(logFile, 'w');
	const started = performance.now();
	const child = spawn(cmd.command, cmd.args, {
		cwd: cmd.cwd,
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...cmd.env },
		stdio: ['ignore', log, log],
		// Its own process group, so the sampler also finds children that outlive their parent.
		detached: true,
	});
	let peak = 0;
	const byName: Record<string, number> = {};
	const sample = () => {
		if (child.pid === undefined) return;
		const rss = treeRss(child.pid);
		peak = Math.max(peak, rss.total);
		for (const [name, bytes] of rss.byName) byName[name] = Math.max(byName[name] ?? 0, bytes);
	};
	const timer = setInterval(sample, sampleMs);
	sample();
	return new Promise((resolve, reject) => {
		child.on('error', (error) => {
			clearInterval(timer);
			closeSync(log);
			reject(error);
		});
		child.on('exit', (code, signal) => {
			const wallMs = Math.round((performance.now() - started) * 10) / 10;
			clearInterval(timer);
			closeSync(log);
			resolve({
				wallMs,
				peakRssBytes: peak,
				peakRssByName: byName,
				exitCode: code ?? (signal ? 128 : 1),
				logFile,
			});
		});
	});
}

/** The last `lines` lines of a log file, for failure messages. */
export function logTail(logFile: string, lines = 30): string {
	return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** The median of a non-empty list (mean of the middle two for an even length). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
