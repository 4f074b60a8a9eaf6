/**
 * Shared by `npm run email` and `npm run digest`: where an e-mail made on demand is written
 * (`reports/email/` beside the build, or `--out <folder>`, never inside dist/), the argument
 * reader, and the content store with the site's own modules in plain Node (no Astro runtime).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../../src/content/store.ts';
import type { EmailEdition } from '../../src/site/email/post-email.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DEFAULT_OUT = join(ROOT, 'reports', 'email');

/** Reads `--out` and the script's own options; exits with a Norwegian message on bad input. */
export function readArgs<O extends Record<string, { type: 'string' }>>(options: O) {
	try {
		return parseArgs({
			args: process.argv.slice(2),
			options: { ...options, out: { type: 'string' } },
			allowPositionals: true,
		});
	} catch (error) {
		fail((error as Error).message);
	}
}

/** Prints `message` and ends the script with exit code 1. */
export function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

/** The output folder: `--out` (relative to the working directory) or reports/email/; never in dist/. */
export function outDir(out: string | undefined): string {
	const dir = out ? resolve(out) : DEFAULT_OUT;
	const inDist = relative(join(ROOT, 'dist'), dir);
	if (!inDist.startsWith('..') && !isAbsolute(inDist))
		fail(`Skriver ikke e-post inn i dist/ (${dir}); velg en annen mappe med --out.`);
	return dir;
}

/** A path as the user should read it: relative inside the project, absolute elsewhere. */
export const showPath = (path: string) => {
	const rel = relative(ROOT, path);
	return rel.startsWith('..') ? path : rel;
};

/** Writes `<name>.html` and `<name>.txt`; returns their paths. */
export async function writeEdition(dir: string, name: string, edition: EmailEdition) {
	await mkdir(dir, { recursive: true });
	const html = join(dir, `${name}.html`);
	const text = join(dir, `${name}.txt`);
	await writeFile(html, edition.html);
	await writeFile(text, edition.text);
	return { html, text };
}

/** Loads the content store as a build does and prints its report when it has anything to say. */
export async function loadStore() {
	const store = await loadContent();
	const report = store.report.format();
	if (report) console.error(report);
	return store;
}
