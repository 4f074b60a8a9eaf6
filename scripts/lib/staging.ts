/**
 * Builds for a publish root on another filesystem. Astro moves files between its own folder in the
 * project and the output folder with rename(2), which fails with EXDEV across filesystems (a
 * PUBLISH_ROOT on its own volume, as on most servers). Then the build runs in a staging folder on
 * the project's filesystem, and the finished folder is copied to the target filesystem under a
 * temporary name and renamed into place there, so `.builds/` never holds half a copy.
 * @see https://man7.org/linux/man-pages/man2/rename.2.html (EXDEV)
 */
import { cp, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Folder (inside the project) that holds the staging builds of one layout (`.builds`, `.builds-preview`). */
export const stagingRoot = (cwd: string, builds: string) =>
	join(cwd, 'node_modules', '.cache', 'ks-staging', builds);

/** Prefix of a copy being made into `.builds/` (cleaned at start when a copy was interrupted). */
export const INCOMING_PREFIX = '.incoming-';

/** True when both paths (which must exist) are on one filesystem. */
export async function sameFilesystem(a: string, b: string): Promise<boolean> {
	const [sa, sb] = await Promise.all([stat(a), stat(b)]);
	return sa.dev === sb.dev;
}

/** Copies `from` to `<buildsDir>/<name>` (copy under a temporary name, then rename) and removes `from`. */
export async function moveAcross(from: string, buildsDir: string, name: string): Promise<void> {
	const incoming = join(buildsDir, `${INCOMING_PREFIX}${name}`);
	try {
		await cp(from, incoming, { recursive: true, verbatimSymlinks: true });
		await rename(incoming, join(buildsDir, name));
	} catch (error) {
		await rm(incoming, { recursive: true, force: true });
		throw error;
	} finally {
		await rm(from, { recursive: true, force: true });
	}
}
