/**
 * The on-disk image cache: processed variants, probe results and downloaded originals, keyed by
 * asset id + parameters. It lives outside dist/ (`dir`: config.imageCacheDir), so a clean build reuses it and encodes nothing that is unchanged.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Keys already hashed in this process (each variant is asked for by page, feed, e-mail …); bounded. */
const hashed = new Map<string, string>();

/** A stable hex key (SHA-1) for any JSON-serialisable parameters. */
export function hashKey(parts: unknown): string {
	const text = JSON.stringify(parts);
	let hash = hashed.get(text);
	if (hash === undefined) {
		if (hashed.size >= 50_000) hashed.clear();
		hash = createHash('sha1').update(text).digest('hex');
		hashed.set(text, hash);
	}
	return hash;
}

/** Path of a cache entry; entries are spread over folders by the first two characters of the key. */
export const cachePath = (dir: string, kind: string, name: string): string =>
	join(dir, kind, name.slice(0, 2), name);

/** Reads a cache entry, or null when there is none. */
export async function readCache(dir: string, kind: string, name: string): Promise<Buffer | null> {
	return readFile(cachePath(dir, kind, name)).catch(() => null);
}

/** True when the cache has the entry. */
export const hasCache = (dir: string, kind: string, name: string): Promise<boolean> =>
	access(cachePath(dir, kind, name)).then(
		() => true,
		() => false,
	);

/** Writes a cache entry atomically (a parallel build never sees half a file). */
export async function writeCache(
	dir: string,
	kind: string,
	name: string,
	data: Buffer | string,
): Promise<string> {
	const path = cachePath(dir, kind, name);
	await mkdir(dirname(path), { recursive: true });
	const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	await writeFile(tmp, data);
	await rename(tmp, path);
	return path;
}
