/** The publish server's log: one timestamped line per event, in Norwegian, for the admin. */

export type Logger = { info(message: string): void; error(message: string): void };

/** Writes `2026-01-30T10:15:00.000Z [publisering] message` lines to stdout/stderr. */
export function consoleLogger(now: () => Date = () => new Date()): Logger {
	const line = (message: string) => `${now().toISOString()} [publisering] ${message}`;
	return {
		info: (message) => console.log(line(message)),
		error: (message) => console.error(line(message)),
	};
}
