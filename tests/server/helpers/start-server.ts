/** Starts the publish server in-process on a free loopback port with the fake build command. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readServerConfig } from '../../../server/config.ts';
import { startPublishServer, type PublishServer } from '../../../server/publish-server.ts';
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
 * `extraArgs` go to the fake build command.
 */
export async function startTestServer(
	env: Record<string, string> = {},
	buildDelayMs = 0,
	extraArgs: string[] = [],
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
		command: [...site.command(buildDelayMs), ...extraArgs],
		postBuild: [],
		schedulerTimers: manualTimers(new Date()),
		log: { info: (m) => logs.push(m), error: (m) => logs.push(`FEIL ${m}`) },
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
