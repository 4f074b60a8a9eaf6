/** Runs a command for the Studio tests with Node 24 first on PATH and the Sanity CLI kept offline and quiet. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
export const STUDIO_DIR = join(ROOT, 'sanity-studio');

export type RunResult = { code: number; stdout: string; stderr: string };

/** Creates a fresh temporary directory for one test. */
export function makeTempDir(prefix: string): string {
	return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

/** Runs `command args` in `cwd`; never rejects, so a test can assert on the exit code and output. */
export function run(
	command: string,
	args: string[],
	{ cwd = ROOT, env = {} }: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<RunResult> {
	const cliHome = makeTempDir('sanity-cli');
	const childEnv: NodeJS.ProcessEnv = {
		...process.env,
		PATH: [dirname(process.execPath), join(ROOT, 'node_modules/.bin'), process.env.PATH].join(
			delimiter,
		),
		SANITY_CLI_CONFIG_PATH: join(cliHome, 'config.json'),
		DO_NOT_TRACK: '1',
		CI: 'true',
		...env,
	};
	for (const [key, value] of Object.entries(childEnv))
		if (value === undefined) delete childEnv[key];
	return new Promise((resolve) => {
		execFile(
			command,
			args,
			{ cwd, env: childEnv, maxBuffer: 64 * 1024 * 1024 },
			(error, stdout, stderr) => {
				rmSync(cliHome, { recursive: true, force: true });
				const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
				resolve({ code, stdout, stderr });
			},
		);
	});
}
