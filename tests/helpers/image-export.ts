/** Sets up the generated problem-image export in a temp folder, with its own image cache (`<dir>/cache`), per test file. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { writeImageExport } from '../fixtures/image-export.ts';

export type ImageExport = Awaited<ReturnType<typeof writeImageExport>>;

/** Writes the export before the file's tests and removes it after. */
export function useImageExport(
	prefix: string,
	ready: (dir: string, files: ImageExport) => void,
): void {
	let dir = '';
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), prefix));
		ready(dir, await writeImageExport(dir));
	}, 60_000);
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});
}
