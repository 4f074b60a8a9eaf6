/**
 * The atomic build under faults (issue 27, point 9): a hung build is killed with its whole process
 * group at the time limit or on abort, a full disk fails the build without crashing, a publish root
 * on another filesystem builds through a staging folder, and what a killed build left behind is
 * cleaned at start. The live site stays as it was in every failure.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { atomicBuild } from '../../scripts/lib/atomic-build.ts';
import { buildIdAt } from '../../scripts/lib/build-id.ts';
import { cleanUnfinished } from '../../scripts/lib/clean-unfinished.ts';
import { sameFilesystem } from '../../scripts/lib/staging.ts';
import { makePublishRoot, type PublishRoot } from './helpers/publish-root.ts';

const HANG = join(import.meta.dirname, 'helpers', 'hang-build.mjs');
const RENAME = join(import.meta.dirname, 'helpers', 'rename-build.mjs');

let site: PublishRoot;
beforeEach(async () => (site = await makePublishRoot()));
afterEach(() => site.remove());

/** Running (a zombie waiting for its reaper counts as gone). */
const running = async (pid: number) => {
	const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
	return stat !== '' && stat.split(') ')[1]?.[0] !== 'Z';
};
/** Whether `pid` is still running after the signals had up to 5 s to arrive. */
async function survives(pid: number) {
	for (let i = 0; i < 100 && (await running(pid)); i++)
		await new Promise((done) => setTimeout(done, 50));
	return running(pid);
}
const live = () => readFile(join(site.root, 'dist', 'index.html'), 'utf8');
const folders = async () =>
	(await readdir(join(site.root, '.builds'))).filter((n) => n !== '.lock');

describe('atomicBuild with a hung build', () => {
	test.each([
		['the time limit', 'timeout' as const],
		['an abort (the server stopping)', 'aborted' as const],
	])('%s kills the whole process group and keeps the live site', async (_, fault) => {
		const first = await atomicBuild({ root: site.root, command: site.command() });
		const pids = join(site.root, 'pids.txt');
		const controller = new AbortController();
		const build = atomicBuild({
			root: site.root,
			command: [process.execPath, HANG, '--pids', pids],
			// Long enough for the hung build to start its worker on a busy machine.
			...(fault === 'timeout' ? { timeoutMs: 5000 } : { signal: controller.signal }),
		});
		let settled = false;
		void build.then(() => (settled = true));
		let text = '';
		while (!text.includes(' ') && !settled) {
			await new Promise((done) => setTimeout(done, 50));
			text = await readFile(pids, 'utf8').catch(() => '');
		}
		if (fault === 'aborted') controller.abort();
		const result = await build;
		text = await readFile(pids, 'utf8').catch(() => '');
		expect(text).toContain(' '); // the hung build had started its worker
		expect(result).toMatchObject({ ok: false, step: 'build', fault });
		for (const pid of text.split(' ').map(Number)) expect(await survives(pid)).toBe(false);
		expect(await readlink(join(site.root, 'dist'))).toBe(join('.builds', first.id));
		expect(await folders()).toEqual([first.id]);
		expect(await readFile(result.logFile, 'utf8')).toContain('stopper prosessgruppen');
	});
});

describe('atomicBuild on a full disk', () => {
	test('a log that cannot be written (ENOSPC) fails the build cleanly; dist is untouched', async () => {
		const first = await atomicBuild({ root: site.root, command: site.command() });
		const result = await atomicBuild({
			root: site.root,
			command: site.command(),
			createLog: () => createWriteStream('/dev/full'),
		});
		expect(result).toMatchObject({ ok: false, fault: 'disk-full' });
		expect(await readlink(join(site.root, 'dist'))).toBe(join('.builds', first.id));
		expect(await folders()).toEqual([first.id]);
	});
});

describe('atomicBuild into a root on another filesystem', () => {
	let project: string;
	let otherRoot: string;
	beforeEach(async () => {
		project = await mkdtemp(join(tmpdir(), 'ks-project-'));
		otherRoot = await mkdtemp(join('/dev/shm', 'ks-publish-'));
	});
	afterEach(async () => {
		await rm(project, { recursive: true, force: true });
		await rm(otherRoot, { recursive: true, force: true });
	});

	test('builds in a staging folder and copies the result across (no EXDEV)', async () => {
		expect(await sameFilesystem(project, otherRoot)).toBe(false);
		const result = await atomicBuild({
			root: otherRoot,
			cwd: project,
			command: [process.execPath, RENAME],
		});
		expect(result.ok).toBe(true);
		expect(await readFile(join(otherRoot, 'dist', 'index.html'), 'utf8')).toBe('<h1>flyttet</h1>');
		expect(await readdir(join(otherRoot, '.builds'))).toEqual([result.id]);
		expect(await readdir(join(project, 'node_modules', '.cache', 'ks-staging', '.builds'))).toEqual(
			[],
		);
	});
});

describe('cleanUnfinished', () => {
	test('removes folders newer than the live build and interrupted copies, keeps rollbacks', async () => {
		const older = await atomicBuild({ root: site.root, command: site.command() });
		const current = await atomicBuild({ root: site.root, command: site.command() });
		const killed = buildIdAt(new Date(Date.now() + 1000));
		await mkdir(join(site.root, '.builds', killed, 'nyheter'), { recursive: true });
		await mkdir(join(site.root, '.builds', `.incoming-${killed}`));
		const removed = await cleanUnfinished(site.root, site.root);
		expect(removed.sort()).toEqual([killed, `.incoming-${killed}`].sort());
		expect((await folders()).sort()).toEqual([older.id, current.id].sort());
		expect(await live()).toContain('bygg 2');
	});
});
