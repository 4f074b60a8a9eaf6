/** The seed build (tests/build/setup.ts) as a feed reader and a crawler see it: feeds, XML, links, published only. */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ical from 'node-ical';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { seedPages } from '../helpers/seed-pages.ts';
import { jsonLdNodes, listFiles, readPage } from '../helpers/dist.ts';
import { parseRss } from '../helpers/feeds.ts';
import { parseXmlStrict } from '../helpers/xml.ts';

const build = inject('seedBuild');
let slugs: string[];
let htmlFiles: string[];

beforeAll(async () => {
	({ slugs, htmlFiles } = await seedPages(build.outDir));
});

describe('build from the seed dataset: outputs', () => {
	test('drafts and future posts appear nowhere in dist/', async () => {
		for (const file of await listFiles(build.outDir)) {
			if (!/\.(html|xml|json|txt)$/.test(file)) continue;
			const text = await readFile(join(build.outDir, file), 'utf8');
			for (const needle of [
				'UTKAST',
				'PLANLAGT',
				'hostmote-2026-utkast',
				'sommerhilsen-2099',
				'drafts.',
			])
				expect(text, `${needle} in ${file}`).not.toContain(needle);
		}
		expect(existsSync(join(build.outDir, 'nyheter', 'sommerhilsen-2099'))).toBe(false);
	});

	test('every internal link and image points at a file in dist/', async () => {
		const files = new Set(await listFiles(build.outDir));
		for (const file of htmlFiles) {
			const page = await readPage(build.outDir, `/${file}`);
			const refs = [
				...page.querySelectorAll('a[href^="/"]').map((a) => a.getAttribute('href')!),
				...page.querySelectorAll('img[src^="/"]').map((i) => i.getAttribute('src')!),
			];
			for (const ref of refs) {
				const path = decodeURIComponent(ref.split('#')[0]!).replace(/^\//, '');
				const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
				expect(files.has(target), `${ref} on ${file}`).toBe(true);
			}
		}
	});

	test('/rss.xml parses with one item per published post and full, absolute content', async () => {
		const xml = await readFile(join(build.outDir, 'rss.xml'), 'utf8');
		// rss-parser is lenient: the strict parser proves the feed is well-formed XML first.
		expect(() => parseXmlStrict(xml)).not.toThrow();
		const feed = await new Parser({
			customFields: { item: ['content:encoded', 'enclosure'] },
		}).parseString(xml);
		expect(feed.items).toHaveLength(slugs.length);
		expect(new Set(feed.items.map((i) => i.link))).toEqual(
			new Set(slugs.map((s) => `https://trondelag.example.no/nyheter/${s}/`)),
		);
		expect(xml).toContain('<language><![CDATA[nb]]></language>');
		expect(xml).toContain('<atom:link href="https://trondelag.example.no/rss.xml" rel="self"');
		const summer = feed.items.find((i) => i.link?.endsWith('/god-sommer-2023/'))!;
		expect(summer.guid).toBe('tag:ks.no,2026:trondelag/post-god-sommer-2023');
		expect(summer.categories).toContain('Århuskompasset');
		expect(summer.enclosure?.url).toMatch(/^https:\/\/trondelag\.example\.no\//);
		expect(Number(summer.enclosure?.length)).toBeGreaterThan(0);
		const html = summer['content:encoded'] as string;
		expect(html).toContain('Foto: KS');
		expect(html).toContain('Tina Øllgaard Bentzen');
		expect(html).not.toMatch(/(src|href)="\//);
	});

	test('every XML output in dist/ is well-formed (strict parser)', async () => {
		const xml = (await listFiles(build.outDir)).filter((f) => f.endsWith('.xml'));
		expect(xml).toContain('rss.xml');
		for (const file of xml)
			expect(
				() => parseXmlStrict(readFileSync(join(build.outDir, file), 'utf8')),
				file,
			).not.toThrow();
	});

	test('Open Graph, JSON-LD and the RSS enclosure share one image per post, the default when it has none', async () => {
		const feed = await new Parser({ customFields: { item: ['enclosure'] } }).parseString(
			await readFile(join(build.outDir, 'rss.xml'), 'utf8'),
		);
		const shared = async (slug: string) => {
			const page = await readPage(build.outDir, `/nyheter/${slug}/`);
			const og = page.querySelector('meta[property="og:image"]')?.getAttribute('content');
			const [article] = jsonLdNodes(page) as Array<{ image?: Array<{ url: string }> }>;
			const enclosure = feed.items.find((i) => i.link?.endsWith(`/${slug}/`))?.enclosure?.url;
			return { og, ld: article?.image?.[0]?.url, enclosure };
		};
		const withImage = await shared('god-sommer-2023');
		const withDefault = await shared('debattheftet-2021');
		for (const s of [withImage, withDefault]) {
			expect(s.og).toMatch(/^https:\/\/trondelag\.example\.no\/bilder\/\S+-1200x630-\w+\.jpg$/);
			expect(s).toEqual({ og: s.og, ld: s.og, enclosure: s.og });
		}
		expect(withDefault.og).not.toBe(withImage.og);
		const front = await readPage(build.outDir, '/');
		expect(front.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
			withDefault.og,
		);
	});

	test('every feed of the seed is well-formed RSS read alike by two feed parsers', async () => {
		const feeds = (await listFiles(build.outDir)).filter(
			(f) => f.endsWith('rss.xml') || (f.endsWith('.xml') && !f.startsWith('sitemap')),
		);
		expect(feeds.length).toBeGreaterThanOrEqual(1 + 10 + 39);
		for (const file of feeds)
			await expect(
				parseRss(await readFile(join(build.outDir, file), 'utf8')),
				file,
			).resolves.toBeTruthy();
	});

	test("/frister.ics holds every post's «Svarfrist» as an all-day entry, listed on /feeds/", async () => {
		const text = await readFile(join(build.outDir, 'frister.ics'), 'utf8');
		const entries = Object.values(ical.sync.parseICS(text)).flatMap((c) =>
			c?.type === 'VEVENT' ? [c] : [],
		);
		expect(entries.map((e) => [e.uid, e.datetype, e.summary])).toEqual([
			[
				'post-debattheft-2021-svarfrist@trondelag.example.no',
				'date',
				'Svarfrist: Debattheftet 2021 – KS spør: Omstilling i koronaens tid',
			],
		]);
		const single = await readFile(
			join(build.outDir, 'nyheter/debattheftet-2021/frist.ics'),
			'utf8',
		);
		expect(Object.values(ical.sync.parseICS(single)).find((c) => c?.type === 'VEVENT')?.uid).toBe(
			entries[0]!.uid,
		);
		const feeds = await readPage(build.outDir, '/feeds/');
		expect(feeds.querySelector('#frister')?.textContent).toContain(
			'https://trondelag.example.no/frister.ics',
		);
	});
});
