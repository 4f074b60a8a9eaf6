/**
 * The live preview server (preview/) for tests: built once with the real `astro build --config
 * preview/astro.preview.config.mjs`, then started as the standalone Node server on a free
 * loopback port with the given environment. The server imports packages at run time, so it is
 * built inside the project (node_modules/.cache/), where Node finds node_modules/.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite, ROOT, type BuildResult } from './build.ts';

export const PREVIEW_CONFIG = join('preview', 'astro.preview.config.mjs');

/** Builds the preview server (never throws on a failed build; check `exitCode`). */
export async function buildPreviewServer(): Promise<BuildResult> {
	const cache = join(ROOT, 'node_modules', '.cache');
	await mkdir(cache, { recursive: true });
	const outDir = await mkdtemp(join(cache, 'ks-preview-server-'));
	return buildSite({}, outDir, ['--config', PREVIEW_CONFIG]);
}

export type RunningServer = { origin: string; output: () => string; close: () => Promise<void> };

/** Starts `<outDir>/server/entry.mjs` and resolves once it listens (rejects after 30 s). */
export function startPreviewServer(outDir: string, env: Record<string, string>) {
	const child = spawn(process.execPath, [join(outDir, 'server', 'entry.mjs')], {
		env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOST: '127.0.0.1', PORT: '0', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const closed = new Promise<void>((done) => child.on('close', () => done()));
	return new Promise<RunningServer>((done, fail) => {
		const timer = setTimeout(() => fail(new Error(`no server after 30 s:\n${output}`)), 30_000);
		const onData = (chunk: Buffer) => {
			output += chunk;
			const origin = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
			if (!origin) return;
			clearTimeout(timer);
			done({
				origin,
				output: () => output,
				close: async () => {
					child.kill();
					await closed;
				},
			});
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('error', fail);
		child.on('close', (code) => fail(new Error(`the server stopped (${code}):\n${output}`)));
	});
}
