/**
 * The build log file (`reports/build-<id>.log`). A write stream that fails (ENOSPC on a full disk,
 * EIO) emits 'error', and an unhandled 'error' event ends the process: here it is caught once,
 * further writes are dropped, and the build asks `failure()` whether its log could be written.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import type { LogSink } from './run-logged.ts';

export type BuildLogFile = LogSink & {
	/** The first write error, or null. */
	failure(): NodeJS.ErrnoException | null;
	/** Flushes and closes; never rejects. */
	close(): Promise<void>;
};

/** Opens `path` for the log; `open` replaces createWriteStream (tests: a stream onto /dev/full). */
export function openBuildLog(
	path: string,
	open: (path: string) => WriteStream = createWriteStream,
): BuildLogFile {
	let failed: NodeJS.ErrnoException | null = null;
	const stream = open(path);
	stream.on('error', (error: NodeJS.ErrnoException) => {
		failed ??= error;
	});
	return {
		write(chunk) {
			if (!failed && !stream.destroyed) stream.write(chunk);
		},
		failure: () => failed,
		close: () =>
			new Promise<void>((done) => {
				if (failed || stream.destroyed) return done();
				stream.end(() => done());
				stream.once('error', () => done());
			}),
	};
}
