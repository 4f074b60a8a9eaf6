/**
 * Every published address stays meaningful (issue 27, point 2): two atomic builds of the address
 * fixture, the second with the post renamed, its attachment replaced and another post removed;
 * then every address of the first build is followed, on the static files and on the publish
 * server, to the right place. Feed ids and the deadline's calendar UID survive the rename.
 */
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import ical from 'node-ical';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { atomicBuild, type AtomicBuildResult } from '../../scripts/lib/atomic-build.ts';
import { staticFiles } from '../../server/http/static-files.ts';
import {
	ADDRESS_NOW,
	ADDRESS_SITE,
	attachmentBytes,
	writeAddressExport,
} from '../fixtures/address-export.ts';
import { ROOT } from '../helpers/build.ts';
import { listFiles, readPage } from '../helpers/dist.ts';
import { parseRss } from '../helpers/feeds.ts';
import { childText } from '../helpers/xml.ts';

let root: string;
let before: Snapshot;
let after: Snapshot;
let app: Hono;
const dist = () => join(root, 'dist');

type Snapshot = {
	result: AtomicBuildResult;
	files: string[];
	/** The post page's path and its attachment's link, as the first build published them. */
	postPath: string;
	attachment: string;
	guid: string;
	calendarUid: string;
};

/** Builds `version` of the fixture through the atomic build and reads what it published. */
async function build(version: 1 | 2): Promise<Snapshot> {
	const data = join(root, `export-${version}`);
	await writeAddressExport(data, version);
	const result = await atomicBuild({
		root,
		cwd: ROOT,
		env: {
			...process.env,
			NO_COLOR: '1',
			SANITY_PROJECT_ID: '',
			SANITY_LOCAL_DATASET: data,
			BUILD_NOW: ADDRESS_NOW,
			INCREMENTAL_BUILD: '0',
		},
	});
	expect(result.ok, await readFile(result.logFile, 'utf8')).toBe(true);
	const files = await listFiles(dist());
	const postPath = version === 1 ? '/nyheter/mal-til-sektoren/' : '/nyheter/mal-til-sektoren-2027/';
	const page = await readPage(dist(), postPath);
	const attachment = page.querySelector('a.attachment__link')!.getAttribute('href')!;
	const rss = await parseRss(await readFile(join(dist(), 'rss.xml'), 'utf8'));
	const item = rss.items.find((i) => childText(i, 'link').endsWith(postPath));
	const guid = childText(item!, 'guid');
	const calendar = await readFile(join(dist(), postPath, 'frist.ics'), 'utf8');
	const event = Object.values(ical.sync.parseICS(calendar)).find((c) => c?.type === 'VEVENT')!;
	return { result, files, postPath, attachment, guid, calendarUid: String(event.uid) };
}

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'ks-addresses-'));
	before = await build(1);
	after = await build(2);
	app = new Hono().get('*', staticFiles(dist()));
}, 600_000);
afterAll(() => rm(root, { recursive: true, force: true }));

/** The file a static host serves for `path`. */
const served = (path: string) =>
	readFile(join(dist(), path, path.endsWith('/') ? 'index.html' : ''));

describe('the first build', () => {
	test('keeps the record beside the builds and publishes its copy, with keys and paths only', async () => {
		const record = JSON.parse(await readFile(join(root, 'reports', 'urls.json'), 'utf8'));
		expect(record.entries['post-mal'].paths).toEqual([
			'/nyheter/mal-til-sektoren/',
			'/nyheter/mal-til-sektoren-2027/',
		]);
		expect(before.files).toContain('adresser.json');
		expect(before.files.filter((f) => f.includes('urls.json'))).toEqual([]);
	});

	test('links the attachment at its permanent address, not its hash', () => {
		expect(before.attachment).toMatch(/^\/vedlegg\/[a-f0-9]{16}\/mal-til-sektoren\.pdf$/);
		expect(after.attachment.split('/')[2]).toBe(before.attachment.split('/')[2]);
	});
});

describe('after the rename, the new file and the removal', () => {
	test('the old post address is a redirect page to the new one (refresh, canonical, link, noindex)', async () => {
		const page = parse(String(await served(before.postPath)));
		const to = `${ADDRESS_SITE}${after.postPath}`;
		expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
			`0; url=${to}`,
		);
		expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(to);
		expect(page.querySelector('main a')?.getAttribute('href')).toBe(to);
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		expect(after.files).toContain(`${after.postPath.slice(1)}index.html`);
	});

	test('every old attachment address serves the new file: by its old name and by the first hash', async () => {
		const hashPath = `/vedlegg/${createHashOf(await attachmentBytes(1))}/mal-til-sektoren.pdf`;
		const now = await attachmentBytes(2);
		for (const old of [before.attachment, hashPath, after.attachment])
			expect((await served(old)).equals(now), old).toBe(true);
	});

	test('the removed post says «Saken er fjernet»', async () => {
		const page = parse(String(await served('/nyheter/borte/')));
		expect(page.querySelector('h1')?.textContent).toBe('Saken er fjernet');
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);
	});

	test('_redirects names every move with 301', async () => {
		const lines = (await readFile(join(dist(), '_redirects'), 'utf8')).split('\n');
		expect(lines).toContain(`${before.postPath} ${after.postPath} 301`);
		expect(lines).toContain(`${before.attachment} ${after.attachment} 301`);
	});

	test('the publish server answers 301 to the new address and 410 for the removed post', async () => {
		const moved = await app.request(before.postPath);
		expect([moved.status, moved.headers.get('location')]).toEqual([301, after.postPath]);
		const file = await app.request(before.attachment);
		expect([file.status, file.headers.get('location')]).toEqual([301, after.attachment]);
		const followed = await app.request(file.headers.get('location')!);
		expect(Buffer.from(await followed.arrayBuffer()).equals(await attachmentBytes(2))).toBe(true);
		const gone = await app.request('/nyheter/borte/');
		expect(gone.status).toBe(410);
		expect(await gone.text()).toContain('Saken er fjernet');
	});

	test('the feed id and the deadline UID did not change with the slug', () => {
		expect(after.guid).toBe(before.guid);
		expect(before.guid).toBe('tag:ks.no,2026:trondelag/post-mal');
		expect(after.calendarUid).toBe(before.calendarUid);
		expect(before.calendarUid).toBe('post-mal-svarfrist@adresser.example.no');
	});

	test("the deadline box offers «Legg i kalenderen» with the post's frist.ics", async () => {
		const page = await readPage(dist(), after.postPath);
		const link = page.querySelector('.deadline-box__calendar a');
		expect([link?.textContent, link?.getAttribute('href')]).toEqual([
			'Legg i kalenderen',
			`${after.postPath}frist.ics`,
		]);
	});
});

function createHashOf(bytes: Buffer): string {
	return createHash('sha1').update(bytes).digest('hex');
}
