/**
 * Removes what a killed build left behind, at start: build folders newer than the live one (every
 * finished build goes live at once, so a newer folder was never finished), copies interrupted on
 * their way into `.builds/` (staging.ts) and staging folders. Without this a half-written folder
 * survives the recovery build and takes one of the KEEP_BUILDS rollback slots. Runs under the build
 * lock, so a build running in another process is left alone.
 */
import { readdir, realpath, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { buildPaths, SITE_LAYOUT, type BuildLayout } from './atomic-build.ts';
import { isBuildId } from './build-id.ts';
import { acquireLock, LockedError } from './file-lock.ts';
import { INCOMING_PREFIX, stagingRoot } from './staging.ts';

/** Removes unfinished build folders below `root`; resolves to the removed names ([] when locked). */
export async function cleanUnfinished(
	root: string,
	cwd: string,
	layout: BuildLayout = SITE_LAYOUT,
): Promise<string[]> {
	const paths = buildPaths(root, layout);
	const names = await readdir(paths.builds).catch(() => null);
	if (!names) return [];
	let release: () => Promise<void>;
	try {
		release = await acquireLock(paths.lock);
	} catch (error) {
		if (error instanceof LockedError) return [];
		throw error;
	}
	try {
		// The folder `dist` points at now (a real dist/ folder from before names no build).
		const live = await realpath(paths.dist).catch(() => null);
		const liveName = live ? basename(live) : null;
		const unfinished = names.filter(
			(name) =>
				name.startsWith(INCOMING_PREFIX) ||
				(liveName !== null && isBuildId(name) && name > liveName),
		);
		for (const name of unfinished)
			await rm(join(paths.builds, name), { recursive: true, force: true });
		await rm(stagingRoot(cwd, layout.builds), { recursive: true, force: true });
		return unfinished;
	} finally {
		await release();
	}
}
