/** The one atomic build with a fake build command: swap on success only, logs beside dist. */
import {
	lstat,
	mkdir,
	readdir,
	readFile,
	readlink,
	realpath,
	rm,
	writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { atomicBuild, buildPaths, PREVIEW_LAYOUT } from '../../scripts/lib/atomic-build.ts';
import { LockedError } from '../../scripts/lib/file-lock.ts';
import { makePublishRoot, type PublishRoot } from './helpers/publish-root.ts';

let site: PublishRoot;
beforeEach(async () => {
	site = await makePublishRoot();
});
afterEach(() => site.remove());

const build = (extra: Partial<Parameters<typeof atomicBuild>[0]> = {}) =>
	atomicBuild({ root: site.root, command: site.command(), ...extra });
const live = (file = 'index.html') => readFile(join(site.root, 'dist', file), 'utf8');
const buildFolders = async () =>
	(await readdir(join(site.root, '.builds'))).filter((n) => !n.startsWith('.'));

describe('atomicBuild', () => {
	test('points dist (a relative symlink) at the new build folder', async () => {
		const result = await build();
		expect(result.ok).toBe(true);
		expect((await lstat(join(site.root, 'dist'))).isSymbolicLink()).toBe(true);
		expect(await readlink(join(site.root, 'dist'))).toBe(join('.builds', result.id));
		expect(await live()).toContain('bygg 1');
	});

	test('keeps the live build and two previous ones, deletes older', async () => {
		const ids = [];
		for (let i = 0; i < 5; i++) ids.push((await build()).id);
		expect((await buildFolders()).sort()).toEqual(ids.slice(-3).sort());
		expect(await live()).toContain('bygg 5');
	});

	test('deletes the oldest folder while the new one builds, and never the new one', async () => {
		const ids = [];
		for (let i = 0; i < 3; i++) ids.push((await build()).id);
		// A step after a 300 ms build lists the folders: the oldest is gone by then.
		const script =
			'const fs = require("fs"); fs.writeFileSync(process.argv[1], fs.readdirSync(process.argv[2]).filter((n) => !n.startsWith(".")).sort().join(","))';
		const list = [
			process.execPath,
			'-e',
			script,
			'{outDir}/mapper.txt',
			join(site.root, '.builds'),
		];
		const next = await build({
			command: site.command(300),
			postBuild: [{ name: 'mapper', command: list }],
		});
		expect(await live('mapper.txt')).toBe([ids[1], ids[2], next.id].join(','));
		// With keep 1 the start leaves only the live folder, yet the one being built survives.
		const last = await build({ keep: 1, command: site.command(300) });
		expect(last.ok).toBe(true);
		expect((await buildFolders()).sort()).toEqual([next.id, last.id]);
		expect(await live()).toContain('bygg 5');
	});

	test('a failed build leaves dist untouched and removes its half-written folder', async () => {
		const first = await build();
		await writeFile(site.mode, 'fail');
		const failed = await build();
		expect(failed).toMatchObject({ ok: false, exitCode: 1, step: 'build' });
		expect(await readlink(join(site.root, 'dist'))).toBe(join('.builds', first.id));
		expect(await live()).toContain('bygg 1');
		expect(await buildFolders()).toEqual([first.id]);
	});

	test('writes the build output to reports/build-<id>.log beside dist, not inside it', async () => {
		const result = await build();
		expect(result.logFile).toBe(join(site.root, 'reports', `build-${result.id}.log`));
		expect(await readFile(result.logFile, 'utf8')).toContain('[sanity] Innholdsrapport');
		expect(await readdir(join(site.root, 'dist'))).not.toContain('reports');
	});

	test('moves a real dist/ directory aside the first time and replaces it with the symlink', async () => {
		await mkdir(join(site.root, 'dist'));
		await writeFile(join(site.root, 'dist', 'index.html'), 'gammel side');
		await writeFile(site.mode, 'fail');
		await build();
		expect(await live()).toBe('gammel side');
		await writeFile(site.mode, 'ok');
		await build();
		expect((await lstat(join(site.root, 'dist'))).isSymbolicLink()).toBe(true);
		expect(await live()).toContain('bygg 2');
		expect((await buildFolders()).some((n) => n.endsWith('-migrert'))).toBe(true);
	});

	test('runs post-build steps on the new folder before the swap; a failing one stops it', async () => {
		const marker = [process.execPath, '-e', 'require("fs").writeFileSync(process.argv[1], "ok")'];
		const ok = await build({
			postBuild: [{ name: 'merk', command: [...marker, '{outDir}/indeks.txt'] }],
		});
		expect(await live('indeks.txt')).toBe('ok');
		const failed = await build({
			postBuild: [{ name: 'indekser', command: [process.execPath, '-e', 'process.exit(3)'] }],
		});
		expect(failed).toMatchObject({ ok: false, exitCode: 3, step: 'indekser' });
		expect(await readlink(join(site.root, 'dist'))).toBe(join('.builds', ok.id));
	});

	test('tells the commands where the new folder, the live one and the reports are, and to build incrementally', async () => {
		const script =
			'const e = process.env; require("fs").writeFileSync(process.argv[1], [e.BUILD_OUT_DIR, e.REPORT_DIR, e.INCREMENTAL_BUILD, e.PREVIOUS_BUILD_DIR].join("|"))';
		const step = { name: 'miljø', command: [process.execPath, '-e', script, '{outDir}/env.txt'] };
		const before = await realpath(join(site.root, 'dist')).catch(() => '');
		const result = await build({ postBuild: [step] });
		const reports = join(site.root, 'reports');
		expect(await live('env.txt')).toBe(`${result.outDir}|${reports}|1|${before}`);
		// The next build follows this one: its search step may reuse this folder's indexes.
		const next = await build({ postBuild: [step] });
		expect(await live('env.txt')).toBe(`${next.outDir}|${reports}|1|${result.outDir}`);
	});

	test("hands every command the environment a post-build step asks for (the search step's flag)", async () => {
		const file = join(site.root, 'flag.txt');
		// Appends the command's SEARCH_INDEX_AFTER_BUILD to flag.txt; as the build command it also
		// creates the folder it gets with --outDir (the last argument).
		const note = `const fs = require("fs"), out = process.argv.at(-1);
			fs.appendFileSync(${JSON.stringify(file)}, (process.env.SEARCH_INDEX_AFTER_BUILD ?? "-") + "|");
			if (process.argv.at(-2) === "--outDir") fs.mkdirSync(out, { recursive: true });`;
		const command = [process.execPath, '-e', note, '--'];
		await build({
			command,
			postBuild: [
				{ name: 'sok', command, buildEnv: { SEARCH_INDEX_AFTER_BUILD: '1' } },
				{ name: 'annet', command },
			],
		});
		expect(await readFile(file, 'utf8')).toBe('1|1|1|');
		await rm(file);
		await build({ command });
		expect(await readFile(file, 'utf8')).toBe('-|');
	});

	test('builds the drafts preview as its own output: dist-preview, its folders, reports and lock', async () => {
		const site1 = await build();
		const { lock } = buildPaths(site.root);
		await writeFile(lock, String(process.ppid));
		const script = 'require("fs").writeFileSync(process.argv[1], process.env.REPORT_DIR)';
		const preview = await build({
			layout: PREVIEW_LAYOUT,
			postBuild: [{ name: 'miljø', command: [process.execPath, '-e', script, '{outDir}/env.txt'] }],
		});
		expect(preview.ok).toBe(true);
		expect(await readlink(join(site.root, 'dist-preview'))).toBe(
			join('.builds-preview', preview.id),
		);
		expect(await readFile(join(site.root, 'dist-preview', 'env.txt'), 'utf8')).toBe(
			join(site.root, 'reports', 'preview'),
		);
		expect(preview.logFile).toBe(join(site.root, 'reports', 'preview', `build-${preview.id}.log`));
		// The published site is untouched (and its lock did not stop the preview).
		expect(await readlink(join(site.root, 'dist'))).toBe(join('.builds', site1.id));
		expect(await buildFolders()).toEqual([site1.id]);
	});

	test('refuses to start while another process holds the build lock', async () => {
		const { lock, builds } = buildPaths(site.root);
		await mkdir(builds, { recursive: true });
		await writeFile(lock, String(process.ppid));
		await expect(build()).rejects.toBeInstanceOf(LockedError);
		expect(await site.builds()).toBe(0);
	});

	test('takes over a stale lock left by a process that is gone', async () => {
		const { lock, builds } = buildPaths(site.root);
		await mkdir(builds, { recursive: true });
		await writeFile(lock, '999999999');
		expect((await build()).ok).toBe(true);
	});

	test('a command that cannot start fails the build without touching dist', async () => {
		const result = await build({ command: [join(site.root, 'finnes-ikke')] });
		expect(result).toMatchObject({ ok: false, exitCode: 127 });
		await expect(lstat(join(site.root, 'dist'))).rejects.toThrow();
	});
});
