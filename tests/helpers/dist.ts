/** Helpers to read a built dist/ folder in tests. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file below `dir`, as paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** Parses the HTML page served at a URL path such as `/nyheter/`. */
export async function readPage(outDir: string, urlPath: string): Promise<HTMLElement> {
	const file = urlPath.endsWith('/') ? join(outDir, urlPath, 'index.html') : join(outDir, urlPath);
	return parse(await readFile(file, 'utf8'));
}

/** Published posts of an ndjson export: no drafts, valid slug and date not in the future. */
export async function publishedSlugs(ndjsonPath: string, now = new Date()): Promise<string[]> {
	const lines = (await readFile(ndjsonPath, 'utf8')).split('\n').filter(Boolean);
	return lines
		.map(
			(l) =>
				JSON.parse(l) as {
					_id: string;
					_type: string;
					slug?: { current?: string };
					publishedAt?: string;
				},
		)
		.filter(
			(d) =>
				d._type === 'post' &&
				!d._id.startsWith('drafts.') &&
				d.slug?.current &&
				d.publishedAt &&
				Date.parse(d.publishedAt) <= now.getTime(),
		)
		.map((d) => d.slug!.current!);
}
