/**
 * The publish loop's rebuild goes through the atomic build with Astro's incremental build on
 * (INCREMENTAL_BUILD=1): pages whose key (src/content/page-keys.ts) did not change are restored
 * from the previous build. This file builds the seed five times in one publish folder and checks
 * that no change leaves a stale page: one post's text, the site title, a topic's title, the build
 * clock; that unchanged pages are restored byte for byte; that every image a restored page shows
 * is written; and that no cache file lands in dist/.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { atomicBuild, type AtomicBuildResult } from '../../scripts/lib/atomic-build.ts';
import { ASTRO_BIN, ROOT } from '../helpers/build.ts';
import { SEED } from '../helpers/dataset.ts';
import { listFiles } from '../helpers/dist.ts';

type Doc = { _id: string; [field: string]: unknown };
/** `missingImages`: /bilder/ URLs its pages refer to that dist/ lacks, right after the build. */
type Build = {
	result: AtomicBuildResult;
	log: string;
	files: Map<string, string>;
	missingImages: string[];
};

const NOW = '2022-02-20T12:00:00Z';
const CHANGED = { id: 'post-god-sommer-2021', slug: 'god-sommer-2021' };
const UNCHANGED = 'debattheftet-2021';
const MARKER = 'Endret etter publisering.';
let work: string;
const builds = {} as Record<'first' | 'post' | 'settings' | 'topic' | 'clock', Build>;

async function writeDataset(edit: (doc: Doc) => Doc = (d) => d): Promise<void> {
	const lines = (await readFile(join(SEED, 'data.ndjson'), 'utf8')).split('\n').filter(Boolean);
	const edited = lines.map((line) => JSON.stringify(edit(JSON.parse(line) as Doc)));
	await writeFile(join(work, 'dataset', 'data.ndjson'), `${edited.join('\n')}\n`);
}

/** One atomic build of the dataset in `work`; returns its log and every HTML/text file of dist. */
async function build(now = NOW): Promise<Build> {
	const result = await atomicBuild({
		root: join(work, 'site'),
		cwd: ROOT,
		command: [ASTRO_BIN, 'build'],
		env: {
			...process.env,
			NO_COLOR: '1',
			SANITY_PROJECT_ID: '',
			SANITY_LOCAL_DATASET: join(work, 'dataset'),
			BUILD_NOW: now,
		},
	});
	const log = await readFile(result.logFile, 'utf8');
	const dist = join(work, 'site', 'dist');
	const files = new Map<string, string>();
	const all = await listFiles(dist);
	for (const file of all)
		if (/\.(html|txt|xml)$/.test(file)) files.set(file, await readFile(join(dist, file), 'utf8'));
	const written = new Set(all.filter((f) => f.startsWith('bilder/')).map((f) => `/${f}`));
	const used = new Set(
		[...files.values()].flatMap((html) => html.match(/\/bilder\/[\w.-]+/g) ?? []),
	);
	const missingImages = [...used].filter((url) => !written.has(url));
	return {
		result,
		log,
		files,
		missingImages: used.size > 5 ? missingImages : ['(too few images)'],
	};
}

const restored = (b: Build, path: string) =>
	new RegExp(`├─ ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\((restored|cached)\\)`).test(
		b.log,
	);
const page = (b: Build, slug: string) => b.files.get(`nyheter/${slug}/index.html`)!;
const postPages = (b: Build) =>
	[...b.files].filter(([f]) => /^nyheter\/(?!side\/)[^/]+\/index\.html$/.test(f));

beforeAll(async () => {
	work = await mkdtemp(join(tmpdir(), 'ks-incremental-'));
	await cp(SEED, join(work, 'dataset'), { recursive: true });
	builds.first = await build();
	await writeDataset((doc) => {
		if (doc._id !== CHANGED.id) return doc;
		const body = doc.body as Array<{ children?: Array<{ text: string }> }>;
		const span = body.find((b) => b.children?.length)!.children!.at(-1)!;
		return {
			...doc,
			_rev: 'rev-edited',
			body: body.map((b) =>
				b.children?.includes(span)
					? {
							...b,
							children: b.children.map((c) =>
								c === span ? { ...c, text: `${c.text} ${MARKER}` } : c,
							),
						}
					: b,
			),
		};
	});
	builds.post = await build();
	await writeDataset((doc) =>
		doc._id === 'siteSettings' ? { ...doc, title: 'KS Trøndelag – nytt navn' } : doc,
	);
	builds.settings = await build();
	await writeDataset((doc) =>
		doc._id === 'topic-debattheftet' ? { ...doc, title: 'Debattheftet (omdøpt)' } : doc,
	);
	builds.topic = await build();
	builds.clock = await build('2021-02-25T12:00:00Z');
}, 900_000);

afterAll(() => rm(work, { recursive: true, force: true }));

describe('the atomic build with Astro’s incremental build', () => {
	test('every build succeeds and restores pages after the first', () => {
		for (const b of Object.values(builds)) expect(b.result.ok, b.log.slice(-3000)).toBe(true);
		expect(builds.post.log).toMatch(/\((restored|cached)\)/);
	});

	test('one post changed: its page and e-mail edition show the new text, other pages are restored as they were', () => {
		const { first, post } = builds;
		expect(page(first, CHANGED.slug)).not.toContain(MARKER);
		expect(page(post, CHANGED.slug)).toContain(MARKER);
		expect(post.files.get(`nyheter/${CHANGED.slug}/epost.html`)).toContain(MARKER);
		expect(post.files.get(`nyheter/${CHANGED.slug}/epost.txt`)).toContain(MARKER);
		expect(restored(post, `/nyheter/${UNCHANGED}/index.html`)).toBe(true);
		expect(restored(post, `/nyheter/${CHANGED.slug}/index.html`)).toBe(false);
		expect(page(post, UNCHANGED)).toBe(page(first, UNCHANGED));
	});

	test('the site title changed: no post page keeps the old one', () => {
		const pages = postPages(builds.settings);
		expect(pages.length).toBeGreaterThanOrEqual(3);
		for (const [file, html] of pages) expect(html, file).toContain('KS Trøndelag – nytt navn');
	});

	test('a topic renamed: every post page that names it shows the new name', () => {
		const tagged = postPages(builds.topic).filter(([, html]) =>
			html.includes('/tema/debattheftet/'),
		);
		expect(tagged.length).toBeGreaterThan(0);
		for (const [file, html] of tagged) expect(html, file).toContain('Debattheftet (omdøpt)');
	});

	test('the build clock moved: the deadline is counted from the new day', () => {
		expect(page(builds.topic, UNCHANGED)).toContain('utløpt');
		expect(page(builds.clock, UNCHANGED)).not.toContain('utløpt');
	});

	test('every image a page refers to is in dist/bilder/, restored pages included', () => {
		const restoredPages = builds.post.log.match(/\((restored|cached)\)/g) ?? [];
		expect(restoredPages.length).toBeGreaterThan(10);
		for (const [name, b] of Object.entries(builds)) expect(b.missingImages, name).toEqual([]);
	});

	test('keeps its caches outside dist/', async () => {
		const files = await listFiles(join(work, 'site', 'dist'));
		expect(files.filter((f) => /incremental|\.cache|\.astro/.test(f))).toEqual([]);
	});
});
