/**
 * Deletes old build folders and build logs. Keeps the folder `dist` points at plus the `keep`
 * newest others (for rollback and for readers still downloading from the previous build).
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isBuildId } from './build-id.ts';

/**
 * Removes build folders in `buildsDir` beyond `current` + `keep` newest others; never one of
 * `spare` (a build being written); returns the removed names.
 */
export async function pruneBuilds(
	buildsDir: string,
	current: string,
	keep: number,
	spare: readonly string[] = [],
): Promise<string[]> {
	const entries = await readdir(buildsDir, { withFileTypes: true }).catch(() => []);
	const kept = new Set([current, ...spare]);
	const others = entries
		.filter((e) => e.isDirectory() && isBuildId(e.name) && !kept.has(join(buildsDir, e.name)))
		.map((e) => e.name)
		.sort()
		.reverse();
	const removed = others.slice(keep);
	for (const name of removed) await rm(join(buildsDir, name), { recursive: true, force: true });
	return removed;
}

/** Removes `build-<id>.log` files in `reportsDir` beyond the `keep` newest. */
export async function pruneLogs(reportsDir: string, keep: number): Promise<void> {
	const names = (await readdir(reportsDir).catch(() => []))
		.filter((n) => n.startsWith('build-') && n.endsWith('.log') && isBuildId(n.slice(6)))
		.sort()
		.reverse();
	for (const name of names.slice(keep)) await rm(join(reportsDir, name), { force: true });
}
