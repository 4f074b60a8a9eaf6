/**
 * Builds the distribution fixture once and checks what reaches readers and machines: municipality
 * pages, every feed (strict XML, two feed parsers, the right newest posts), the JSON Feed, JSON-LD
 * (a hostile title cannot break out), the sitemap against dist/, robots.txt, /feeds/ and search.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countIndexedPages } from '../../src/site/search-index.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FEED_ITEMS, POSTS_PER_PAGE } from '../../src/consts.ts';
import {
	BULK,
	FIXTURE_NOW,
	FIXTURE_SITE,
	HOSTILE_TITLE,
	NEVER,
	fixtureMunicipalities,
	publishedPosts,
	writeDistributionExport,
} from '../fixtures/distribution-export.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { jsonLdNodes, listFiles, pathOfHtml, readPage } from '../helpers/dist.ts';
import { isEmailHtml } from '../helpers/email.ts';
import { jsonFeedProblems, parseRss } from '../helpers/feeds.ts';
import { childrenNamed, childText, parseXmlStrict } from '../helpers/xml.ts';

let dataset = '';
let build: BuildResult;
let files: string[];
const posts = publishedPosts();
const url = (slug: string) => `${FIXTURE_SITE}/nyheter/${slug}/`;
const read = (file: string) => readFile(join(build.outDir, file), 'utf8');
const newest = (list: typeof posts) => list.slice(0, FEED_ITEMS).map((p) => url(p.slug));

beforeAll(async () => {
	dataset = await mkdtemp(join(tmpdir(), 'ks-distribution-'));
	await writeDistributionExport(dataset);
	build = await buildSite({ SANITY_LOCAL_DATASET: dataset, BUILD_NOW: FIXTURE_NOW });
	files = await listFiles(build.outDir);
});
afterAll(() =>
	Promise.all([dataset, build?.outDir].map((d) => d && rm(d, { recursive: true, force: true }))),
);

describe('the distribution fixture build', () => {
	test('succeeds and indexes exactly the published posts for search, timed on its own line', async () => {
		expect(build.exitCode, build.output).toBe(0);
		expect(build.output).toContain(`[sok] ${posts.length} sider indeksert på `);
		expect(await countIndexedPages(build.outDir)).toBe(posts.length);
	});

	test('nothing unpublished (draft, draft edit, future post, release version) appears anywhere', async () => {
		for (const file of files.filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
			const text = await read(file);
			for (const needle of NEVER) expect(text, `${needle} in ${file}`).not.toContain(needle);
		}
	});
});

describe('feeds', () => {
	const rssFiles = () => files.filter((f) => f.endsWith('.xml') && !f.startsWith('sitemap'));

	test('every feed is well-formed RSS 2.0 that two feed parsers read alike', async () => {
		expect(rssFiles().length).toBe(2 + 3 + fixtureMunicipalities().length); // main, Facebook
		for (const file of rssFiles())
			await expect(parseRss(await read(file)), file).resolves.toBeTruthy();
	});

	test(`the main feed holds exactly the newest ${FEED_ITEMS} published posts`, async () => {
		expect(posts.length).toBeGreaterThan(FEED_ITEMS);
		expect((await parseRss(await read('rss.xml'))).links).toEqual(newest(posts));
	});

	test('a topic feed holds exactly the newest posts with that topic; an empty topic has an empty feed', async () => {
		for (const [slug, id] of [
			['tema-a', 'topic-a'],
			['masse', 'topic-bulk'],
			['tomt', 'topic-empty'],
		]) {
			const expected = newest(posts.filter((p) => p.topics.includes(id!)));
			expect((await parseRss(await read(`tema/${slug}/rss.xml`))).links, slug).toEqual(expected);
		}
	});

	test('a municipality feed holds the newest posts about it, "all municipalities" posts included', async () => {
		for (const m of fixtureMunicipalities()) {
			const expected = newest(posts.filter((p) => p.all || p.municipalities.includes(m._id)));
			const { links } = await parseRss(await read(`kommuner/${m.slug.current}/rss.xml`));
			expect(links, m.name).toEqual(expected);
			expect(links, m.name).toContain(url('alle-kommunene'));
		}
		expect((await parseRss(await read('kommuner/skaun/rss.xml'))).links).toEqual([
			url('skaun-nettverk'),
			url('alle-kommunene'),
		]);
	});

	test('the JSON Feed has the required fields and the same items as the main RSS feed', async () => {
		const json = JSON.parse(await read('feed.json'));
		expect(jsonFeedProblems(json)).toEqual([]);
		expect(json.items.map((i: { url: string }) => i.url)).toEqual(newest(posts));
		const all = json.items.find((i: { url: string }) => i.url === url('alle-kommunene'));
		expect(all.date_modified).toBe('2024-05-05T10:00:00.000Z');
		const hostile = json.items.find((i: { url: string }) => i.url === url('fiendtlig-tittel'));
		expect(hostile.title).toBe(HOSTILE_TITLE);
	});

	test('pages announce their feeds with <link rel="alternate">; human links go to /feeds/, never to XML', async () => {
		const topic = await readPage(build.outDir, '/tema/tema-a/');
		const alternates = topic
			.querySelectorAll('link[rel="alternate"]')
			.map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
		expect(alternates).toEqual([
			['application/rss+xml', `${FIXTURE_SITE}/rss.xml`],
			['application/feed+json', `${FIXTURE_SITE}/feed.json`],
			['application/rss+xml', `${FIXTURE_SITE}/tema/tema-a/rss.xml`],
		]);
		expect(topic.querySelector('.subscribe-link a')?.getAttribute('href')).toBe(
			'/feeds/#tema-tema-a',
		);
		const skaun = await readPage(build.outDir, '/kommuner/skaun/');
		expect(skaun.querySelector('link[href$="/kommuner/skaun/rss.xml"]')).not.toBeNull();
		expect(skaun.querySelector('.subscribe-link a')?.getAttribute('href')).toBe(
			'/feeds/#kommune-skaun',
		);
		for (const file of files.filter((f) => f.endsWith('.html'))) {
			const page = await readPage(build.outDir, `/${file}`);
			const toFeeds = page
				.querySelectorAll('a[href]')
				.map((a) => a.getAttribute('href')!)
				.filter((href) => /\.(xml|json)$/.test(href));
			expect(toFeeds, file).toEqual([]);
		}
		const footer = (await readPage(build.outDir, '/')).querySelector('.site-footer');
		expect(footer?.querySelector('a[href="/feeds/"]')).not.toBeNull();
	});

	test('/feeds/ lists every feed of the build with its absolute address, each at its own anchor', async () => {
		const page = await readPage(build.outDir, '/feeds/');
		const listed = page.querySelectorAll('.feed-entry__url').map((c) => c.text);
		const calendars = files.filter((f) => f === 'arrangementer.ics' || f === 'frister.ics');
		const built = [...rssFiles(), 'feed.json', ...calendars].map((f) => `${FIXTURE_SITE}/${f}`);
		expect(new Set(listed)).toEqual(new Set(built));
		expect(listed).toHaveLength(built.length);
		for (const id of [
			'alle-nyheter',
			'json-feed',
			'tema-masse',
			'kommune-afjord',
			'tema',
			'kommuner',
		])
			expect(page.getElementById(id), id).not.toBeNull();
		expect(page.text).toContain(`${FEED_ITEMS} nyeste`);
	});
});

describe('municipality pages', () => {
	test('/kommuner/ lists the county first, then letter groups in Norwegian order, with post counts', async () => {
		const page = await readPage(build.outDir, '/kommuner/');
		expect(page.querySelectorAll('.municipality-group h2').map((h) => h.text)).toEqual([
			'Fylkeskommunen',
			'M',
			'S',
			'Ø',
			'Å',
		]);
		const counts = Object.fromEntries(
			page
				.querySelectorAll('.municipality-list li')
				.map((li) => [
					li.querySelector('a')!.text,
					li.querySelector('.municipality-list__count')!.text,
				]),
		);
		expect(counts).toEqual({
			'Trøndelag fylkeskommune': '1 sak',
			Melhus: '2 saker',
			Skaun: '2 saker',
			Ørland: `${BULK + 1} saker`,
			Åfjord: '1 sak',
		});
	});

	test('a municipality page lists its posts newest first and paginates like /nyheter/', async () => {
		const orland = posts.filter((p) => p.all || p.municipalities.includes('municipality-5057'));
		const pages = Math.ceil(orland.length / POSTS_PER_PAGE);
		const seen: string[] = [];
		for (let n = 1; n <= pages; n++) {
			const page = await readPage(
				build.outDir,
				n === 1 ? '/kommuner/orland/' : `/kommuner/orland/side/${n}/`,
			);
			seen.push(
				...page
					.querySelectorAll('.post-list .post-card__title a')
					.map((a) => a.getAttribute('href')!),
			);
			if (n > 1) expect(page.querySelector('h1')?.text).toBe(`Ørland – side ${n} av ${pages}`);
		}
		expect(seen).toEqual(orland.map((p) => `/nyheter/${p.slug}/`));
		expect(files).not.toContain(`kommuner/orland/side/${pages + 1}/index.html`);
		expect(files).not.toContain('kommuner/orland/side/1/index.html');
	});

	test('municipality names on a post link to their pages', async () => {
		const page = await readPage(build.outDir, '/nyheter/skaun-nettverk/');
		const link = page.querySelector('.article__municipalities a');
		expect([link?.text, link?.getAttribute('href')]).toEqual(['Skaun', '/kommuner/skaun/']);
	});
});

describe('structured data', () => {
	test('every page has one JSON-LD block that parses, with the nodes its kind needs', async () => {
		for (const file of files.filter((f) => f.endsWith('.html'))) {
			const page = await readPage(build.outDir, `/${file}`);
			// E-mail editions are documents for mail clients, not pages: no structured data there.
			if (isEmailHtml(page.toString())) continue;
			expect(
				page.querySelectorAll('script[type="application/ld+json"]').length,
				file,
			).toBeLessThanOrEqual(1);
			const path = pathOfHtml(file);
			const types = jsonLdNodes(page).map((n) => n['@type']);
			if (path === '/') expect(types, file).toEqual(['Organization', 'WebSite']);
			else if (/^\/nyheter\/[^/]+\/$/.test(path))
				expect(types, file).toEqual(['NewsArticle', 'BreadcrumbList']);
			else if (/^\/(tema|kommuner)\/[^/]+\/(side\/\d+\/)?$/.test(path))
				expect(types, file).toEqual(['CollectionPage', 'BreadcrumbList']);
			else if (path !== '/404.html') expect(types, file).toContain('BreadcrumbList');
		}
	});

	test('NewsArticle carries dates, organisation, topics and every municipality of an "all municipalities" post', async () => {
		const [article] = jsonLdNodes(await readPage(build.outDir, '/nyheter/alle-kommunene/'));
		expect(article).toMatchObject({
			headline: 'Til alle kommunene i Trøndelag',
			datePublished: '2024-02-01T08:00:00Z',
			dateModified: '2024-05-05T10:00:00Z',
			author: { '@type': 'Organization', name: 'KS' },
			publisher: { '@type': 'Organization', name: 'KS', url: `${FIXTURE_SITE}/` },
			about: [{ '@type': 'Thing', name: 'Tema A', url: `${FIXTURE_SITE}/tema/tema-a/` }],
		});
		const areas = (
			article!.spatialCoverage as Array<{ name: string; identifier: { value: string } }>
		).map((a) => [a.name, a.identifier.value]);
		expect(areas).toEqual(
			[...fixtureMunicipalities()]
				.sort((a, b) => a.name!.localeCompare(b.name!, 'nb'))
				.map((m) => [m.name, m.number]),
		);
	});

	test('a hostile title stays inside its JSON-LD block, parses back unchanged and adds no script', async () => {
		// Quoted attribute values (meta description, og:title) may hold "<" literally; outside them
		// the title is escaped, and in JSON-LD "<" is \u003c.
		const html = (await read('nyheter/fiendtlig-tittel/index.html')).replace(/="[^"]*"/g, '=""');
		expect(html).not.toContain('<script>alert(1)');
		expect(html.match(/<script\b/g)).toHaveLength(2);
		const page = await readPage(build.outDir, '/nyheter/fiendtlig-tittel/');
		expect(jsonLdNodes(page)[0]!.headline).toBe(HOSTILE_TITLE);
		const scripts = page.querySelectorAll('script').map((s) => s.getAttribute('type'));
		expect(scripts).toEqual(['application/ld+json', 'module']);
		expect(page.querySelector('h1')?.text).toBe(HOSTILE_TITLE);
	});
});

describe('sitemap and robots.txt', () => {
	test('the sitemap lists exactly the HTML pages in dist/ that may be indexed, with absolute URLs', async () => {
		const index = parseXmlStrict(await read('sitemap-index.xml'));
		const sitemaps = childrenNamed(index, 'sitemap').map((s) => childText(s, 'loc'));
		expect(sitemaps).toEqual([`${FIXTURE_SITE}/sitemap-0.xml`]);
		const urlset = parseXmlStrict(await read('sitemap-0.xml'));
		const listed = childrenNamed(urlset, 'url').map((u) => childText(u, 'loc'));
		const pages: string[] = [];
		for (const file of files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
			const noindex = /<meta[^>]+name="robots"[^>]+noindex/.test(await read(file));
			if (!noindex && file !== '404.html') pages.push(`${FIXTURE_SITE}${pathOfHtml(file)}`);
		}
		expect([...listed].sort()).toEqual(pages.sort());
	});

	test('lastmod comes from _updatedAt: a post with its edit, a list with its newest change', async () => {
		const urlset = parseXmlStrict(await read('sitemap-0.xml'));
		const lastmod = Object.fromEntries(
			childrenNamed(urlset, 'url').map((u) => [childText(u, 'loc'), childText(u, 'lastmod')]),
		);
		expect(lastmod[url('alle-kommunene')]).toBe('2024-05-05T10:00:00.000Z');
		expect(lastmod[url('skaun-nettverk')]).toBe('2024-03-01T08:00:00.000Z');
		expect(lastmod[`${FIXTURE_SITE}/kommuner/skaun/`]).toBe('2024-05-05T10:00:00.000Z');
		expect(lastmod[`${FIXTURE_SITE}/tema/tomt/`]).toBe('');
	});

	test('robots.txt names the sitemap index by its absolute URL', async () => {
		expect(await read('robots.txt')).toBe(
			`User-agent: *\nAllow: /\n\nSitemap: ${FIXTURE_SITE}/sitemap-index.xml\n`,
		);
	});
});
