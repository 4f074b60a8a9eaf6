/** Starts the publish server in-process on a free loopback port with the fake build command. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readServerConfig } from '../../../server/config.ts';
import {
	startPublishServer,
	type PublishServer,
	type ServerOverrides,
} from '../../../server/publish-server.ts';
import { manualTimers } from './manual-timers.ts';
import { makePublishRoot, type PublishRoot } from './publish-root.ts';

export const SECRET = 'test-hemmelighet-123';

export type TestServer = PublishServer & {
	site: PublishRoot;
	logs: string[];
	stop: () => Promise<void>;
};

/**
 * A server over a fresh publish root whose dist/ is a plain folder with a start page (so the
 * server does not build at start); `env` adds variables, `buildDelayMs` slows the fake build,
 * `extraArgs` go to the fake build command, `overrides` to startPublishServer.
 */
export async function startTestServer(
	env: Record<string, string> = {},
	buildDelayMs = 0,
	extraArgs: string[] = [],
	overrides: Partial<ServerOverrides> = {},
	/** A build command instead of the fake one (e.g. a hung build). */
	command?: string[],
): Promise<TestServer> {
	const site = await makePublishRoot();
	await mkdir(join(site.root, 'dist'));
	await writeFile(join(site.root, 'dist', 'index.html'), '<h1>startside</h1>');
	const logs: string[] = [];
	const config = readServerConfig({
		SANITY_WEBHOOK_SECRET: SECRET,
		PORT: '0',
		PUBLISH_ROOT: site.root,
		BUILD_DEBOUNCE_MS: '300',
		...env,
	});
	const server = await startPublishServer(config, {
		command: command ?? [...site.command(buildDelayMs), ...extraArgs],
		postBuild: [],
		schedulerTimers: manualTimers(new Date()),
		log: { info: (m) => logs.push(m), error: (m) => logs.push(`FEIL ${m}`) },
		...overrides,
	});
	return {
		...server,
		site,
		logs,
		stop: async () => {
			await server.close();
			await site.remove();
		},
	};
}
