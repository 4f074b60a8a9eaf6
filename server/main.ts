/**
 * `npm run publish-server`: the self-hosted publish server. Reads its environment once
 * (server/config.ts), refuses to start with one Norwegian line when it is incomplete, and stops
 * cleanly on SIGTERM/SIGINT (a running build is finished first).
 */
import { ConfigError } from './config-values.ts';
import { readServerConfig, type ServerConfig } from './config.ts';
import { consoleLogger } from './log.ts';
import { startPublishServer } from './publish-server.ts';

const log = consoleLogger();
let config: ServerConfig;
try {
	config = readServerConfig(process.env);
} catch (error) {
	if (!(error instanceof ConfigError)) throw error;
	console.error(`Publiseringsserveren starter ikke: ${error.message}`);
	process.exit(1);
}

const server = await startPublishServer(config, { log });
log.info(`Publiseringsserveren lytter på ${server.origin} (nettsted: ${config.root}/dist).`);

let stopping = false;
const stop = async () => {
	if (stopping) return;
	stopping = true;
	log.info('Stopper (venter på et bygg som pågår) …');
	await server.close();
	process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
