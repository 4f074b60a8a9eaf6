/**
 * The sitemap, with @astrojs/sitemap: its `filter` keeps the HTML pages that may be indexed (read
 * from the written page itself, so a page that says `noindex` is never listed), and `serialize`
 * sets `lastmod` from the store of this build. Both run in `astro:build:done`, in this process,
 * after every page is written: the hook below, listed first, hands them the output folder.
 * `site` (absolute URLs) is the one site-URL decision, set by the content-report integration.
 */
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadedContent } from '../content/store.ts';
import { hasNoindex, isListablePath, lastmodByPath } from '../site/sitemap.ts';

/** One buffer for every read: the pages are read one after the other (synchronously). */
const buffer = Buffer.alloc(16_384);

/** The head of a written page (robots meta sits there; bodies can be large), up to `</head>`. */
function readHead(file: string): string {
	const fd = openSync(file, 'r');
	try {
		const read = readSync(fd, buffer, 0, buffer.length, 0);
		const end = buffer.subarray(0, read).indexOf('</head>');
		return buffer.toString('utf8', 0, end < 0 ? read : end);
	} catch {
		return '';
	} finally {
		closeSync(fd);
	}
}

/** The sitemap integrations: one that learns the output folder, then @astrojs/sitemap. */
export default function sitemapIntegration(): AstroIntegration[] {
	let outDir = '';
	let lastmod: Promise<Map<string, string>> | undefined;
	const indexable = (url: string) => {
		const { pathname } = new URL(url);
		if (!isListablePath(pathname)) return false;
		try {
			return !hasNoindex(readHead(join(outDir, decodeURIComponent(pathname), 'index.html')));
		} catch {
			return false;
		}
	};
	const withLastmod = async (item: SitemapItem): Promise<SitemapItem> => {
		lastmod ??= (async () => {
			const store = await loadedContent();
			return store ? lastmodByPath(store) : new Map<string, string>();
		})();
		const when = (await lastmod).get(new URL(item.url).pathname);
		return when ? { ...item, lastmod: new Date(when).toISOString() } : item;
	};
	return [
		{
			name: 'ks-sitemap-output',
			hooks: { 'astro:build:done': ({ dir }) => void (outDir = fileURLToPath(dir)) },
		},
		sitemap({ filter: indexable, serialize: withLastmod }),
	];
}
