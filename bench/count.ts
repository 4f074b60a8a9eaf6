/**
 * Counts what a build wrote, so no generator wins by skipping work: post pages, list pages, topic
 * pages, HTML pages in all, and the items of the main feed (parsed as strict XML).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { countElements } from './xml.ts';

/** Where a generator puts each page family, relative to its output folder. */
export type OutputLayout = {
	/** Folder of `<slug>/index.html` post pages. */
	postsDir: string;
	/** The first list page (an HTML file). */
	firstListPage: string;
	/** Folder of `<n>/index.html` list pages for n ≥ 2 (inside postsDir: not counted as posts). */
	listPagesDir: string;
	/** Folder of `<slug>/index.html` topic pages. */
	topicsDir: string;
	/** The main RSS feed. */
	feed: string;
	/** Redirect stubs that are not pages (Hugo's `page/1/`). */
	aliases?: string[];
	/** This site's other outputs, counted per family (site-counts.ts). */
	families?: (outDir: string) => Record<string, number>;
};

export type Counts = {
	posts: number;
	listPages: number;
	topicPages: number;
	/** Every .html file except aliases: the "pages" of pages per second. */
	htmlPages: number;
	feedItems: number;
	/** This site only: its other outputs, by what they are (site-counts.ts). */
	families?: Record<string, number>;
};

const hasIndex = (dir: string, name: string) => existsSync(join(dir, name, 'index.html'));
const subdirs = (dir: string) =>
	existsSync(dir)
		? readdirSync(dir, { withFileTypes: true })
				.filter((d) => d.isDirectory())
				.map((d) => d.name)
		: [];

function htmlFiles(root: string): string[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((d) => d.isFile() && d.name.endsWith('.html'))
		.map((d) => relative(root, join(d.parentPath, d.name)));
}

/** Counts the pages and feed items in `outDir` laid out as `layout`. */
export function countOutput(outDir: string, layout: OutputLayout): Counts {
	const posts = join(outDir, layout.postsDir);
	const lists = join(outDir, layout.listPagesDir);
	const topics = join(outDir, layout.topicsDir);
	const listDirName = relative(posts, lists).split('/')[0];
	const aliases = new Set(layout.aliases ?? []);
	const feed = join(outDir, layout.feed);
	return {
		posts: subdirs(posts).filter((d) => d !== listDirName && hasIndex(posts, d)).length,
		listPages:
			(existsSync(join(outDir, layout.firstListPage)) ? 1 : 0) +
			subdirs(lists).filter((d) => /^\d+$/.test(d) && Number(d) >= 2 && hasIndex(lists, d)).length,
		topicPages: subdirs(topics).filter((d) => hasIndex(topics, d)).length,
		htmlPages: htmlFiles(outDir).filter((f) => !aliases.has(f)).length,
		feedItems: existsSync(feed) ? countElements(readFileSync(feed, 'utf8'), 'rss/channel/item') : 0,
		...(layout.families ? { families: layout.families(outDir) } : {}),
	};
}

/** Lines naming each count that differs from `expected` (empty when all match). */
export function countMismatches(got: Counts, expected: Omit<Counts, 'htmlPages'>): string[] {
	const { families, ...main } = expected;
	const flat = (c: Omit<Counts, 'htmlPages'>): Record<string, number | undefined> => ({
		posts: c.posts,
		listPages: c.listPages,
		topicPages: c.topicPages,
		feedItems: c.feedItems,
		...c.families,
	});
	const want = { ...main, ...families } as Record<string, number>;
	const have = flat(got);
	return Object.keys(want)
		.filter((key) => have[key] !== want[key])
		.map((key) => `${key}: expected ${want[key]}, got ${have[key]}`);
}
