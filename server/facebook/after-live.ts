/**
 * The Facebook poster as the publish server runs it: after each build that went live, in the
 * background, so the build queue never waits on Facebook's pauses. One run at a time; a request
 * during a run gives exactly one more run after it. Failures are logged as one line each.
 */
import type { Logger } from '../log.ts';
import type { StatusWriter } from '../status/writer.ts';
import type { FacebookConfig } from './config.ts';
import { redact } from './graph-errors.ts';
import { publishFromSite } from './publish-from-site.ts';

export type FacebookJob = { request(): void; idle(): Promise<void> };

/** A single-flight runner of publishFromSite with the server's log and status writer. */
export function facebookAfterLive(
	config: FacebookConfig,
	deps: { log: Logger; status: StatusWriter; now: () => Date; fetch?: typeof fetch },
): FacebookJob {
	let running: Promise<void> | null = null;
	let again = false;
	const once = async () => {
		try {
			await publishFromSite(config, {
				publish: true,
				now: deps.now(),
				status: deps.status,
				print: (line) => deps.log.info(`Facebook: ${line}`),
				...(deps.fetch ? { fetch: deps.fetch } : {}),
			});
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			deps.log.error(`Facebook: ${redact(message, config.token)}`);
		}
	};
	const start = () => {
		running = once().then(() => {
			running = null;
			if (again) {
				again = false;
				start();
			}
		});
	};
	return {
		request() {
			if (running) again = true;
			else start();
		},
		async idle() {
			while (running) await running;
		},
	};
}
