/** scripts/compare-builds.ts names every file that only one build has or whose bytes differ. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compareBuilds } from '../../../scripts/compare-builds.ts';

const root = await mkdtemp(join(tmpdir(), 'ks-compare-'));
afterAll(() => rm(root, { recursive: true, force: true }));

/** A build folder with `files` (path → content). */
async function folder(name: string, files: Record<string, string>): Promise<string> {
	const dir = join(root, name);
	for (const [path, text] of Object.entries(files)) {
		await mkdir(join(dir, path, '..'), { recursive: true });
		await writeFile(join(dir, path), text);
	}
	return dir;
}

describe('compareBuilds', () => {
	test('finds nothing between equal folders', async () => {
		const files = { 'index.html': '<p>a</p>', 'nyheter/x/index.html': 'x' };
		expect(await compareBuilds(await folder('a1', files), await folder('a2', files))).toEqual([]);
	});

	test('names missing, added and changed files, nested ones too', async () => {
		const before = await folder('b1', { 'index.html': 'a', 'gone.xml': 'g', 'n/x.html': 'x' });
		const after = await folder('b2', { 'index.html': 'a', 'new.json': 'n', 'n/x.html': 'y' });
		expect(await compareBuilds(before, after)).toEqual([
			'differs: n/x.html',
			'only after: new.json',
			'only before: gone.xml',
		]);
	});
});
