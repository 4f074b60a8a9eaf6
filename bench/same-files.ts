/** Compares two output folders file by file: the same relative paths and the same bytes. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file below `dir`, relative to it, sorted. */
async function files(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)))
		.sort();
}

export type TreeDiff = { files: number; onlyInA: string[]; onlyInB: string[]; differ: string[] };

/** What differs between folders `a` and `b` (empty lists: the same files with the same bytes). */
export async function compareTrees(a: string, b: string): Promise<TreeDiff> {
	const [left, right] = await Promise.all([files(a), files(b)]);
	const inB = new Set(right);
	const inA = new Set(left);
	const differ: string[] = [];
	for (const file of left.filter((f) => inB.has(f))) {
		const [x, y] = await Promise.all([readFile(join(a, file)), readFile(join(b, file))]);
		if (!x.equals(y)) differ.push(file);
	}
	return {
		files: left.length,
		onlyInA: left.filter((f) => !inB.has(f)),
		onlyInB: right.filter((f) => !inA.has(f)),
		differ,
	};
}

/** True when the folders hold the same files with the same bytes. */
export const sameTrees = (d: TreeDiff): boolean =>
	d.onlyInA.length === 0 && d.onlyInB.length === 0 && d.differ.length === 0;
