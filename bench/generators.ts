/**
 * The three generators the bench compares: how each one builds cold, where it writes each page
 * family, and how many pages and feed items a correct build of N posts has.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { FEED_ITEMS, POSTS_PER_PAGE } from './baseline-astro-blog/src/consts.ts';
import type { Counts, OutputLayout } from './count.ts';
import type { Command } from './measure.ts';
import { countFamilies } from './site-counts.ts';
import { BENCH_NOW } from './synthetic-posts.ts';

export const ROOT = resolve(import.meta.dirname, '..');
/** The site being measured; point BENCH_SITE_ROOT at another checkout to measure that one. */
export const SITE_ROOT = resolve(process.env['BENCH_SITE_ROOT'] || ROOT);
const BASELINE_ROOT = join(ROOT, 'bench', 'baseline-astro-blog');
const HUGO_SOURCE = join(ROOT, 'bench', 'hugo');
const BIN = join(ROOT, 'node_modules', '.bin');
/** The site's own astro when BENCH_SITE_ROOT has node_modules, else this checkout's. */
export const SITE_ASTRO = [
	join(SITE_ROOT, 'node_modules', '.bin', 'astro'),
	join(BIN, 'astro'),
].find((bin) => existsSync(bin))!;

export type GeneratorId = 'ours' | 'baseline' | 'hugo';

/** Everything a build needs; paths are absolute. */
export type BuildInput = {
	dataset: string;
	markdown: string;
	outDir: string;
	imageCache: string;
	/** Where the site writes its reports (content.json), beside the output. */
	reports: string;
	/** BUILD_OUTPUTS of the site's build: `all`, `core`, or `core,<family>`. */
	outputs?: string;
	/** Scratch folder of this N (Hugo's caches). */
	work: string;
};

/** What a correct build of the run's posts contains (HTML pages in all are not predicted). */
export type Expected = Omit<Counts, 'htmlPages'>;
export type Expectation = { posts: number; topicsInDataset: number; topicsUsed: number };

export type Generator = {
	id: GeneratorId;
	label: string;
	/** Whether and how the row includes image work, for the table. */
	images: string;
	layout: OutputLayout;
	command(input: BuildInput): Command;
	/** Folders a cold build must not find: the output, `.astro/`, the content layer's data store. */
	coldPaths(input: BuildInput): string[];
	/** `all`: a page for every topic document (the site); `used`: only topics that have posts. */
	topicPages: 'all' | 'used';
};

/** Node 24 from the root's node_modules first on PATH, as npm scripts have it. */
const nodePath = () => ({ PATH: [BIN, process.env['PATH'] ?? ''].join(delimiter) });

/** The environment of this site's builds: the synthetic export, the pinned clock, the caches. */
export const siteEnv = (input: BuildInput): Record<string, string> => ({
	...nodePath(),
	SANITY_LOCAL_DATASET: input.dataset,
	SANITY_PROJECT_ID: '',
	IMAGE_CACHE_DIR: input.imageCache,
	REPORT_DIR: input.reports,
	BUILD_NOW: BENCH_NOW.toISOString(),
	BUILD_OUTPUTS: input.outputs ?? 'all',
});

const astroCaches = (root: string) => [
	join(root, '.astro'),
	join(root, 'node_modules', '.astro', 'data-store.json'),
	// Astro's incremental build (experimental.incrementalBuild): its manifest and page copies.
	join(root, 'node_modules', '.astro', 'incremental-build.json'),
	join(root, 'node_modules', '.astro', 'dist'),
];

export const GENERATORS: Generator[] = [
	{
		id: 'ours',
		label: 'this site (Sanity export → Astro)',
		images: 'yes: figures and share images, encoded cache warm',
		layout: {
			postsDir: 'nyheter',
			firstListPage: 'nyheter/index.html',
			listPagesDir: 'nyheter/side',
			topicsDir: 'tema',
			feed: 'rss.xml',
			families: countFamilies,
		},
		command: (input) => ({
			command: SITE_ASTRO,
			args: ['build', '--outDir', input.outDir],
			cwd: SITE_ROOT,
			env: siteEnv(input),
		}),
		coldPaths: ({ outDir }) => [outDir, ...astroCaches(SITE_ROOT)],
		topicPages: 'all',
	},
	{
		id: 'baseline',
		label: 'Astro blog starter (markdown, glob loader)',
		images: 'no: figures stay unprocessed links',
		layout: {
			postsDir: 'blog',
			firstListPage: 'blog/page/index.html',
			listPagesDir: 'blog/page',
			topicsDir: 'topics',
			feed: 'rss.xml',
		},
		command: ({ markdown, outDir }) => ({
			command: join(BIN, 'astro'),
			args: ['build', '--root', BASELINE_ROOT, '--outDir', outDir],
			cwd: BASELINE_ROOT,
			env: { ...nodePath(), BENCH_MARKDOWN_DIR: join(markdown, 'posts') },
		}),
		coldPaths: ({ outDir }) => [outDir, ...astroCaches(BASELINE_ROOT)],
		topicPages: 'used',
	},
	{
		id: 'hugo',
		label: 'Hugo (same markdown)',
		images: 'no: figures stay unprocessed links',
		layout: {
			postsDir: 'posts',
			firstListPage: 'posts/index.html',
			listPagesDir: 'posts/page',
			topicsDir: 'topics',
			feed: 'rss.xml',
			aliases: ['posts/page/1/index.html'],
		},
		command: ({ markdown, outDir, work }) => ({
			command: 'hugo',
			args: ['--source', HUGO_SOURCE, '--contentDir', markdown, '--destination', outDir].concat([
				'--cacheDir',
				join(work, 'hugo-cache'),
				'--noBuildLock',
				'--quiet',
			]),
			cwd: HUGO_SOURCE,
			env: { HUGO_RESOURCEDIR: join(work, 'hugo-resources') },
		}),
		coldPaths: ({ outDir, work }) => [
			outDir,
			join(work, 'hugo-cache'),
			join(work, 'hugo-resources'),
		],
		topicPages: 'used',
	},
];

/** The counts a correct build by `generator` of the run's posts has. */
export function expectedCounts(generator: Generator, e: Expectation): Expected {
	return {
		posts: e.posts,
		listPages: Math.max(1, Math.ceil(e.posts / POSTS_PER_PAGE)),
		topicPages: generator.topicPages === 'all' ? e.topicsInDataset : e.topicsUsed,
		feedItems: Math.min(e.posts, FEED_ITEMS),
	};
}

/** Whether an executable of this name is on PATH. */
export function onPath(name: string): boolean {
	return (process.env['PATH'] ?? '')
		.split(delimiter)
		.some((dir) => dir && existsSync(join(dir, name)));
}

/** Removes everything a cold build must not find. */
export async function makeCold(generator: Generator, input: BuildInput): Promise<void> {
	for (const path of generator.coldPaths(input)) await rm(path, { recursive: true, force: true });
}
