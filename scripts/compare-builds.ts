/**
 * Compares two build folders byte for byte: `node scripts/compare-builds.ts <before> <after>`.
 * Prints the files only one side has and the files whose bytes differ, then a count; exits 1 when
 * anything differs. For restructurings that must not change the site (docs/architecture.md).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file below `dir`, as paths relative to it. */
async function files(dir: string): Promise<Set<string>> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return new Set(
		entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))),
	);
}

/** The differences between two folders, one line each (`only before: …`, `differs: …`). */
export async function compareBuilds(before: string, after: string): Promise<string[]> {
	const [a, b] = await Promise.all([files(before), files(after)]);
	const out: string[] = [];
	for (const f of a) if (!b.has(f)) out.push(`only before: ${f}`);
	for (const f of b) if (!a.has(f)) out.push(`only after: ${f}`);
	for (const f of a) {
		if (!b.has(f)) continue;
		const [x, y] = await Promise.all([readFile(join(before, f)), readFile(join(after, f))]);
		if (!x.equals(y)) out.push(`differs: ${f}`);
	}
	return out.sort();
}

if (import.meta.main) {
	const [before, after] = process.argv.slice(2);
	if (!before || !after) {
		console.error('Bruk: node scripts/compare-builds.ts <før> <etter>');
		process.exit(2);
	}
	const differences = await compareBuilds(before, after);
	for (const line of differences) console.log(line);
	console.log(`${differences.length} forskjeller`);
	process.exit(differences.length ? 1 : 0);
}
