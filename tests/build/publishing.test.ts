/**
 * What the publishing loop reads from one production build of the distribution fixture:
 * /facebook.xml (the posts marked «Del på Facebook», for the Facebook poster and RSS-to-Facebook
 * tools), read end to end by the poster in dry-run, and schedule.json (when the publish server
 * must rebuild for a scheduled post), written beside the build, never into it. One file: one build.
 */
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FEED_ITEMS } from '../../src/consts.ts';
import { FACEBOOK_DEFAULTS } from '../../server/facebook/config.ts';
import { publishFromSite } from '../../server/facebook/publish-from-site.ts';
import { readSchedule } from '../../server/schedule/schedule-file.ts';
import {
	FACEBOOK_TEXT,
	FIXTURE_NOW,
	FIXTURE_SITE,
	publishedPosts,
	writeDistributionExport,
} from '../fixtures/distribution-export.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { listFiles } from '../helpers/dist.ts';
import { parseRss } from '../helpers/feeds.ts';
import { child, childText } from '../helpers/xml.ts';

let dataset = '';
let root = '';
let build: BuildResult;
/** The marked published posts the feed must hold: the newest FEED_ITEMS, newest first. */
const marked = publishedPosts()
	.filter((p) => p.facebook.share)
	.slice(0, FEED_ITEMS);
const url = (slug: string) => `${FIXTURE_SITE}/nyheter/${slug}/`;

beforeAll(async () => {
	dataset = await mkdtemp(join(tmpdir(), 'ks-publishing-'));
	await writeDistributionExport(dataset);
	build = await buildSite({ SANITY_LOCAL_DATASET: dataset, BUILD_NOW: FIXTURE_NOW });
	// A publish root as the server and `npm run facebook:publish` see it: dist points at the build.
	root = await mkdtemp(join(tmpdir(), 'ks-publish-root-'));
	await symlink(build.outDir, join(root, 'dist'));
});
afterAll(async () => {
	for (const dir of [dataset, root, build?.outDir, build?.reportDir])
		if (dir) await rm(dir, { recursive: true, force: true });
});

describe('/facebook.xml', () => {
	test('is strict RSS 2.0 holding exactly the newest marked, published posts', async () => {
		expect(build.exitCode, build.output).toBe(0);
		expect(marked.length).toBe(FEED_ITEMS);
		const { links } = await parseRss(await readFile(join(build.outDir, 'facebook.xml'), 'utf8'));
		expect(links).toEqual(marked.map((p) => url(p.slug)));
	});

	test('never holds an unmarked post, a draft or a scheduled post', async () => {
		const { items } = await parseRss(await readFile(join(build.outDir, 'facebook.xml'), 'utf8'));
		const guids = items.map((i) => childText(i, 'guid'));
		for (const id of ['post-all', 'drafts.post-utkast', 'post-utkast', 'post-planlagt'])
			expect(guids).not.toContain(id);
	});

	test('gives each post its _id as a non-permalink guid and its Facebook text as the description', async () => {
		const { items } = await parseRss(await readFile(join(build.outDir, 'facebook.xml'), 'utf8'));
		expect(items.map((i) => [childText(i, 'guid'), child(i, 'guid')?.attributes])).toEqual(
			marked.map((p) => [p._id, { isPermaLink: 'false' }]),
		);
		expect(items.map((i) => childText(i, 'description'))).toEqual(
			marked.map((p) => p.facebook.text),
		);
		expect(childText(items[0]!, 'description')).toBe(FACEBOOK_TEXT);
	});

	test('is read by the Facebook poster (dry-run), which lists exactly those posts', async () => {
		const lines: string[] = [];
		const summary = await publishFromSite(
			{ ...FACEBOOK_DEFAULTS, root, pageId: undefined, token: undefined, maxAgeDays: 36_500 },
			{ publish: false, now: new Date(FIXTURE_NOW), print: (line) => lines.push(line) },
		);
		expect(summary).toMatchObject({ due: FEED_ITEMS, posted: 0, alreadyPosted: 0, tooOld: 0 });
		const listed = lines.filter((l) => l.startsWith('Ville postet'));
		// The poster goes oldest first.
		expect(listed).toEqual(
			[...marked].reverse().map((p) => `Ville postet «${p.title}» → ${url(p.slug)}`),
		);
		expect(lines).toContain(`  Tekst: ${FACEBOOK_TEXT}`);
	});
});

describe('schedule.json', () => {
	test('names the scheduled post (2099) among the coming changes; the earliest is next', async () => {
		const file = join(build.reportDir, 'schedule.json');
		const schedule = JSON.parse(await readFile(file, 'utf8')) as {
			changes: Array<{ at: string; kind: string }>;
		};
		const [first] = schedule.changes;
		expect(schedule).toMatchObject({
			nextPublishAt: '2099-06-20T08:00:00.000Z',
			nextChangeAt: first!.at,
			nextKind: first!.kind,
			builtAt: new Date(FIXTURE_NOW).toISOString(),
		});
		expect(schedule.changes).toContainEqual({ at: '2099-06-20T08:00:00.000Z', kind: 'publish' });
		const times = schedule.changes.map((change) => change.at);
		expect(times).toEqual([...times].sort());
		expect(await readSchedule(file)).toEqual({
			nextChangeAt: new Date(first!.at),
			nextKind: first!.kind,
			nextLabel: expect.stringMatching(/^[a-zæøå ()]+$/),
			builtAt: new Date(FIXTURE_NOW),
		});
	});

	test('lies beside the build, never in it', async () => {
		expect((await listFiles(build.outDir)).filter((f) => f.includes('schedule'))).toEqual([]);
	});
});
