/**
 * Every import of the project's own files, read from the source text: file, line, target and
 * whether it is type-only (`import type`, or every name marked `type`; TypeScript drops those).
 * Used by the architecture test (tests/unit/architecture.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export type Import = { file: string; line: number; target: string; typeOnly: boolean };

const SOURCE = /\.(ts|mts|mjs|js|astro)$/;
// Static imports and re-exports (over several lines), side-effect imports and dynamic imports.
const STATIC = /^[ \t]*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const BARE = /^[ \t]*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The files under `dir` (relative to `root`) that can import, skipping node_modules and dot folders. */
export function sourceFiles(root: string, dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const entry of readdirSync(join(root, d), { withFileTypes: true })) {
			if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
			const path = join(d, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
		}
	};
	walk(dir);
	return out.sort();
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** True when an import clause names only types: `{ type A, type B }`. */
const onlyTypes = (clause: string) => {
	const names = /^\{([\s\S]*)\}$/.exec(clause.trim())?.[1];
	if (names === undefined) return false;
	const list = names
		.split(',')
		.map((n) => n.trim())
		.filter(Boolean);
	return list.length > 0 && list.every((n) => n.startsWith('type '));
};

/** The relative imports of one file (package imports are left out); targets relative to `root`. */
export function importsOf(root: string, file: string): Import[] {
	const text = readFileSync(join(root, file), 'utf8');
	const out: Import[] = [];
	const add = (spec: string, index: number, typeOnly: boolean) => {
		if (!spec.startsWith('.')) return;
		const target = relative(root, resolve(root, dirname(file), spec));
		out.push({ file, line: lineAt(text, index), target, typeOnly });
	};
	for (const m of text.matchAll(STATIC)) add(m[4]!, m.index, Boolean(m[2]) || onlyTypes(m[3]!));
	for (const m of text.matchAll(BARE)) add(m[1]!, m.index, false);
	for (const m of text.matchAll(DYNAMIC)) add(m[1]!, m.index, false);
	return out;
}
