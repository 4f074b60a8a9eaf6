/**
 * An exclusive lock file (created with O_EXCL) holding the owner's pid, so two builds never run in
 * the same project folder at once (Astro's caches under .astro/ and node_modules are shared). A lock
 * whose process is gone is stale and taken over.
 */
import { open, readFile, unlink } from 'node:fs/promises';

/** Thrown when another live process holds the lock; the message is Norwegian, for the admin. */
export class LockedError extends Error {
	readonly path: string;
	readonly pid: number;
	constructor(path: string, pid: number) {
		super(`En annen prosess (pid ${pid}) holder låsen ${path}; prøv igjen når den er ferdig.`);
		this.path = path;
		this.pid = pid;
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		// EPERM: the process exists but belongs to another user.
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Takes the lock at `path`; resolves to a release function. Throws LockedError if it is held. */
export async function acquireLock(path: string): Promise<() => Promise<void>> {
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const handle = await open(path, 'wx');
			await handle.writeFile(String(process.pid));
			await handle.close();
			return () => unlink(path).catch(() => undefined);
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
			if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new LockedError(path, pid);
			await unlink(path).catch(() => undefined);
		}
	}
	throw new LockedError(path, 0);
}
