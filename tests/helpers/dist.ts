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

/** The JSON-LD blocks of a page, parsed (throws when one is not JSON). */
export function jsonLdBlocks(page: HTMLElement): unknown[] {
	return page
		.querySelectorAll('script[type="application/ld+json"]')
		.map((s) => JSON.parse(s.textContent) as unknown);
}

/** Every schema.org node of a page's JSON-LD, flattening `@graph`. */
export function jsonLdNodes(page: HTMLElement): Array<Record<string, unknown>> {
	return jsonLdBlocks(page).flatMap((block) => {
		const b = block as { '@graph'?: Array<Record<string, unknown>> };
		return b['@graph'] ?? [block as Record<string, unknown>];
	});
}

/** URL path of an HTML file in dist/: `nyheter/x/index.html` → `/nyheter/x/`. */
export const pathOfHtml = (file: string) =>
	`/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
