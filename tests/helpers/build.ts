/**
 * Runs the real `astro build` in a child process into a temp folder, with a chosen dataset.
 * Used by the build and browser suites; each suite builds once in `beforeAll`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const ASTRO_BIN = join(ROOT, 'node_modules', '.bin', 'astro');

export type BuildResult = {
	outDir: string;
	/** Where the build wrote reports/content.json's equivalent. */
	reportDir: string;
	exitCode: number;
	stdout: string;
	stderr: string;
	output: string;
};

/**
 * Builds the site; `env` adds variables such as SANITY_LOCAL_DATASET. Never throws on a failed
 * build. The content report's JSON goes to a temp folder of its own (`reportDir`), so parallel
 * builds never share one and tests write no tracked files.
 */
export async function buildSite(
	env: Record<string, string> = {},
	outDir?: string,
	/** More arguments for astro, e.g. `--config preview/astro.preview.config.mjs`. */
	args: readonly string[] = [],
): Promise<BuildResult> {
	const dir = outDir ?? (await mkdtemp(join(tmpdir(), 'ks-build-')));
	const reportDir = env.REPORT_DIR ?? (await mkdtemp(join(tmpdir(), 'ks-report-')));
	return new Promise((done, fail) => {
		const child = spawn(ASTRO_BIN, ['build', ...args, '--outDir', dir], {
			cwd: ROOT,
			env: {
				...process.env,
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				SANITY_PROJECT_ID: '',
				REPORT_DIR: reportDir,
				...env,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', fail);
		child.on('close', (code) =>
			done({
				outDir: dir,
				reportDir,
				exitCode: code ?? 1,
				stdout,
				stderr,
				output: stdout + stderr,
			}),
		);
	});
}

/** Path of a fixture under tests/fixtures. */
export const fixture = (...parts: string[]) => join(ROOT, 'tests', 'fixtures', ...parts);
