/**
 * Points `dist` at a finished build folder. `dist` is a symlink replaced by
 * `symlink(tmp) + rename(tmp, dist)`: rename(2) replaces the link atomically (POSIX), so a reader
 * always finds either the old or the new build, never none and never a half-written one.
 */
import { lstat, rename, rm, symlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative } from 'node:path';
import { buildIdAt } from './build-id.ts';

/**
 * Moves a real `dist/` directory (from before atomic builds) into `buildsDir` so it can be replaced
 * by a symlink; returns its new path, or null when there was nothing to move. Between this rename
 * and the next swap there is a sub-millisecond gap, once per project (rename(2) cannot swap a
 * directory for a symlink).
 */
export async function migrateDistDirectory(
	distPath: string,
	buildsDir: string,
): Promise<string | null> {
	const info = await lstat(distPath).catch(() => null);
	if (!info || info.isSymbolicLink() || !info.isDirectory()) return null;
	const target = join(buildsDir, `${buildIdAt(info.mtime)}-migrert`);
	await rename(distPath, target);
	return target;
}

/** Makes `distPath` a relative symlink to `buildDir` atomically; migrates a real dist/ first. */
export async function pointDistAt(distPath: string, buildDir: string): Promise<void> {
	const tmp = join(
		dirname(distPath),
		`.${basename(distPath)}-${randomBytes(4).toString('hex')}.tmp`,
	);
	await symlink(relative(dirname(distPath), buildDir), tmp, 'dir');
	try {
		await migrateDistDirectory(distPath, dirname(buildDir));
		await rename(tmp, distPath);
	} catch (error) {
		await rm(tmp, { force: true });
		throw error;
	}
}
