/**
 * `npm run newsletter -- <import|list|stats|export|forget|send|test>`: the office's tools for the
 * subscriber database and sending (docs/newsletter.md). Reads its environment once
 * (config.ts); every refusal is one Norwegian line and exit code 1. `list` and `export` print
 * addresses to the terminal of the person who asked, and nowhere else.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config-values.ts';
import { fileStatusWriter } from '../status/writer.ts';
import { readNewsletterConfig, type NewsletterConfig } from './config.ts';
import { openDb } from './db.ts';
import { nl } from './messages.ts';
import { runCommand } from './commands.ts';

const fail = (line: string): never => {
	console.error(line);
	process.exit(1);
};

let args: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
const OPTIONS = {
	'dry-run': { type: 'boolean' },
	'resend-uncertain': { type: 'boolean' },
	audience: { type: 'string', multiple: true },
	to: { type: 'string', multiple: true },
} as const;
try {
	args = parseArgs({ options: OPTIONS, allowPositionals: true });
} catch (error) {
	fail(`${(error as Error).message}\n${nl.usage}`);
}
let config: NewsletterConfig;
try {
	config = readNewsletterConfig(process.env);
} catch (error) {
	if (!(error instanceof ConfigError)) throw error;
	fail(error.message);
}
const [command, ...rest] = args!.positionals;
if (!command) fail(nl.usage);
const db = openDb(config!.dbPath, config!.dbSync);
const ok = await runCommand(
	{
		db,
		config: config!,
		now: () => new Date(),
		log: (line) => console.log(line),
		status: fileStatusWriter(`${config!.root}/reports/status.json`),
	},
	command!,
	rest,
	{
		dryRun: args!.values['dry-run'] ?? false,
		resendUncertain: args!.values['resend-uncertain'] ?? false,
		audiences: args!.values.audience ?? [],
		to: args!.values.to ?? [],
		readFile: async (path) => ({ bytes: await readFile(path), name: basename(path) }),
	},
);
db.close();
process.exit(ok ? 0 : 1);
