/**
 * `npm run publish-server`: the self-hosted publish server. Reads its environment once
 * (server/config.ts), refuses to start with one Norwegian line when it is incomplete, and stops
 * within seconds on SIGTERM/SIGINT: a running build is killed with its process group (the next start
 * cleans what it left), and the process exits after at most STOP_DEADLINE_MS whatever still hangs.
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

/** systemd's default TimeoutStopSec is 90 s; a stop should take a few. */
const STOP_DEADLINE_MS = 10_000;
let stopping = false;
const stop = async () => {
	if (stopping) return;
	stopping = true;
	log.info('Stopper (et bygg som pågår, avbrytes) …');
	setTimeout(() => process.exit(1), STOP_DEADLINE_MS).unref();
	await server.close();
	process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
