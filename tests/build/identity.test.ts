/**
 * Builds the seed with the identity fixture's changes (tests/helpers/identity-export.ts) at a
 * pinned clock, once, and checks what carries the office's name: titles, header logo, footer,
 * icons and manifest, the archive, the 404 head, the accessibility and privacy pages, deadlines,
 * the lead story, internal links, municipalities, and what a feed item carries.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { readPage } from '../helpers/dist.ts';
import {
	IDENTITY_NOW,
	IDENTITY_SETTINGS,
	STATEMENT_URL,
	writeIdentityExport,
} from '../helpers/identity-export.ts';
import { childText, findAll, parseXmlStrict, type XmlElement } from '../helpers/xml.ts';

const SITE = 'https://trondelag.example.no';
let dir: string;
let build: BuildResult;
const page = (path: string) => readPage(build.outDir, path);
const file = (path: string) => join(build.outDir, decodeURIComponent(path.replace(/^\//, '')));

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ks-identity-'));
	const dataset = await writeIdentityExport(join(dir, 'export'));
	build = await buildSite({ SANITY_LOCAL_DATASET: dataset, BUILD_NOW: IDENTITY_NOW });
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
	if (build) await rm(build.outDir, { recursive: true, force: true });
});

describe('identity build', () => {
	test('succeeds, reporting the ignored pin and the link to a draft with their paths', () => {
		expect(build.exitCode, build.output).toBe(0);
		expect(build.output).toContain(
			'[sanity] siteSettings "siteSettings" → leadStory.post: hovedsaken er planlagt publisert 20. juni 2099; forsiden viser den vanlige hovedsaken til da',
		);
		expect(build.output).toContain(
			'[sanity] post "post-strategikonferansen-2021" → body[0].markDefs[0]: lenken går til en sak eller et tema som ikke er publisert (bare utkast, eller slettet); vist som tekst',
		);
	});

	test('titles are "Page – short name"; the front page has the full title; og:site_name is full', async () => {
		const post = await page('/nyheter/debattheftet-2021/');
		expect(post.querySelector('title')?.text).toBe(
			`Debattheftet 2021 – KS spør: Omstilling i koronaens tid – ${IDENTITY_SETTINGS.shortName}`,
		);
		expect(post.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe(
			'KS Trøndelag – nyheter',
		);
		expect((await page('/')).querySelector('title')?.text).toBe('KS Trøndelag – nyheter');
		expect((await page('/arkiv/')).querySelector('title')?.text).toBe(
			`Arkiv – ${IDENTITY_SETTINGS.shortName}`,
		);
	});

	test('the header shows the logo from the settings, with alt text and 1×–3× rasters', async () => {
		const img = (await page('/')).querySelector('.site-header__brand img')!;
		expect(img.getAttribute('alt')).toBe('KS Trøndelag');
		expect(img.getAttribute('height')).toBe('40');
		const candidates = img.getAttribute('srcset')!.split(', ');
		expect(candidates.map((c) => c.split(' ')[1])).toEqual(['1x', '2x', '3x']);
		for (const c of candidates) {
			const meta = await sharp(file(c.split(' ')[0]!)).metadata();
			expect(meta.format).toBe('png');
		}
		// The fallback mark is only for sites without a logo.
		expect((await page('/')).querySelector('.site-header svg.logo')).toBeNull();
	});

	test('the footer shows the office from the settings: address, e-mail, phone, editor and links', async () => {
		const footer = (await page('/tema/')).querySelector('.site-footer')!;
		const text = footer.text.replace(/\s+/g, ' ');
		for (const line of IDENTITY_SETTINGS.contact.address.split('\n')) expect(text).toContain(line);
		expect(footer.querySelector('address a[href="mailto:kontor@example.no"]')).not.toBeNull();
		expect(footer.querySelector('address a[href="tel:+4740000009"]')?.text).toBe('+47 400 00 009');
		expect(text).toContain('Ansvarlig redaktør: Rita Redaktørsen');
		const links = footer.querySelectorAll('a').map((a) => a.getAttribute('href'));
		expect(links).toEqual(
			expect.arrayContaining([
				'/personvern/',
				'/tilgjengelighet/',
				'/arkiv/',
				'/feeds/',
				IDENTITY_SETTINGS.facebookUrl,
				IDENTITY_SETTINGS.mainSiteUrl,
			]),
		);
		expect(footer.querySelector(`a[href="${IDENTITY_SETTINGS.mainSiteUrl}"]`)?.text).toBe(
			'Gå til ks.no',
		);
	});

	test('/arkiv/ lists the years newest first with their counts; a year links to the years around it', async () => {
		const index = await page('/arkiv/');
		const years = index.querySelectorAll('.archive-years a');
		expect(years.map((a) => a.getAttribute('href'))).toEqual([
			'/arkiv/2026/',
			'/arkiv/2024/',
			'/arkiv/2023/',
			'/arkiv/2022/',
			'/arkiv/2021/',
			'/arkiv/2020/',
		]);
		expect(years[2]!.text.replace(/\s+/g, ' ').trim()).toBe('2023 12 saker');
		const y2023 = await page('/arkiv/2023/');
		expect(y2023.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/arkiv/2022/');
		expect(y2023.querySelector('a[rel="prev"]')?.text.trim()).toBe('Forrige år: 2022');
		expect(y2023.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/arkiv/2024/');
		expect(y2023.querySelector('a[rel="next"]')?.text.trim()).toBe('Neste år: 2024');
		expect((await page('/arkiv/2026/')).querySelector('a[rel="next"]')).toBeNull();
		expect((await page('/arkiv/2020/')).querySelector('a[rel="prev"]')).toBeNull();
	});

	test('the 404 page is noindex and has no canonical address', async () => {
		const notFound = await page('/404.html');
		expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
		expect(notFound.querySelector('meta[property="og:url"]')).toBeNull();
		expect((await page('/')).querySelector('meta[name="robots"]')).toBeNull();
	});

	test('every page links a 180 px touch icon and the web manifest, whose icons are 192 and 512 px PNGs', async () => {
		const head = await page('/personvern/');
		const touch = head.querySelector('link[rel="apple-touch-icon"]')!.getAttribute('href')!;
		expect(await sharp(file(touch)).metadata()).toMatchObject({
			format: 'png',
			width: 180,
			height: 180,
		});
		expect(head.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(
			'/manifest.webmanifest',
		);
		const manifest = JSON.parse(await readFile(file('/manifest.webmanifest'), 'utf8'));
		expect(manifest).toMatchObject({
			name: 'KS Trøndelag – nyheter',
			short_name: IDENTITY_SETTINGS.shortName,
			start_url: '/',
			lang: 'nb',
		});
		for (const icon of manifest.icons) {
			const meta = await sharp(file(icon.src)).metadata();
			expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
			expect(icon.type).toBe('image/png');
		}
		expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512']);
	});

	test('the accessibility statement links the official one and the test record page', async () => {
		const statement = await page('/tilgjengelighet/');
		expect(statement.querySelector(`a[href="${STATEMENT_URL}"]`)).not.toBeNull();
		expect(statement.querySelector('a[href="https://www.uutilsynet.no/"]')?.text).toBe(
			'Tilsynet for universell utforming av ikt',
		);
		expect(statement.querySelector('a[href="/tilgjengelighet/testresultater/"]')).not.toBeNull();
		const record = await page('/tilgjengelighet/testresultater/');
		expect(record.querySelector('h1')?.text).toBe('Testresultater for universell utforming');
		expect(record.text).toContain('EN 301 549');
	});

	test('the privacy page names the office to ask (what it stores: tests/build/newsletter.test.ts)', async () => {
		const privacy = await page('/personvern/');
		expect(privacy.querySelector('h1')?.text).toBe('Personvern');
		expect(privacy.querySelector('main')!.text).toContain('e-postadressen din');
		expect(privacy.querySelector('main a[href="mailto:kontor@example.no"]')).not.toBeNull();
	});
});

describe('posts at the pinned clock (30 November 2026)', () => {
	test('the pin to a scheduled post is ignored: the newest post that is not an old greeting leads', async () => {
		const href = (await page('/')).querySelector('.lead-story h2 a')?.getAttribute('href');
		expect(href).toBe('/nyheter/samskaping-i-praksis-2024/');
	});

	test('a coming deadline shows the days left; a past one says "utløpt" in its own style', async () => {
		const coming = (await page('/nyheter/folkevalgtprogrammet-2023/')).querySelector(
			'.deadline-box',
		)!;
		expect(coming.text.replace(/\s+/g, ' ').trim()).toBe(
			'Svarfrist: 12. desember 2026 (om 12 dager) Legg i kalenderen (iCalendar-fil for Outlook, Google og Apple)',
		);
		expect(coming.classList.contains('deadline-box--open')).toBe(true);
		const calendar = coming.querySelector('.deadline-box__calendar a')?.getAttribute('href');
		expect(calendar).toBe('/nyheter/folkevalgtprogrammet-2023/frist.ics');
		expect(existsSync(file(calendar!))).toBe(true);
		const past = (await page('/nyheter/debattheftet-2021/')).querySelector('.deadline-box')!;
		expect(past.text.replace(/\s+/g, ' ').trim()).toBe('Svarfrist: 1. mars 2021 (utløpt)');
		expect(past.classList.contains('deadline-box--expired')).toBe(true);
		expect(past.querySelector('.deadline-box__calendar')).toBeNull();
	});

	test('an internal link to a draft is plain text; the one to a topic is a link', async () => {
		const body = (await page('/nyheter/strategikonferansen-2021/')).querySelector(
			'.article__body',
		)!;
		expect(body.text).toContain('Svarene på debattheftet');
		expect(body.querySelector('a[href="/nyheter/debattheftet-2021/"]')).toBeNull();
		expect(body.querySelector('a[href="/tema/debattheftet/"]')?.text).toBe('Debattheftet');
	});

	test('a long municipality list collapses to a count with the names in <details>', async () => {
		const list = (await page('/nyheter/samskaping-i-praksis-2024/')).querySelector(
			'.article__municipalities',
		)!;
		expect(list.querySelector('details summary')?.text).toBe('10 kommuner');
		expect(list.querySelector('details')?.text).toContain('Trondheim');
		const short = (await page('/nyheter/torn-skaun-melhus/')).querySelector(
			'.article__municipalities',
		);
		expect(short?.querySelector('details')).toBeNull();
		expect(short?.text).toContain('Skaun, Melhus');
	});

	test('a greeting ends with its signature', async () => {
		const article = (await page('/nyheter/god-sommer-2023/')).querySelector('.article')!;
		expect(article.querySelector('.article__signature')?.text).toBe(
			'Regiondirektør Annikken Kjær Haraldsen og alle oss i KS Trøndelag',
		);
	});
});

describe('/rss.xml (strict XML)', () => {
	let channel: XmlElement;
	const item = (slug: string) =>
		findAll(channel, 'item').find((i) => childText(i, 'link') === `${SITE}/nyheter/${slug}/`)!;
	const html = (slug: string) => parse(childText(item(slug), 'content:encoded') ?? '');

	beforeAll(async () => {
		channel = findAll(parseXmlStrict(await readFile(file('/rss.xml'), 'utf8')), 'channel')[0]!;
	});

	test('the channel image is the logo, at most 144 px wide, titled and linked like the channel', async () => {
		const image = channel.children.find((c) => c.name === 'image')!;
		expect(childText(image, 'title')).toBe(childText(channel, 'title'));
		expect(childText(image, 'link')).toBe(childText(channel, 'link'));
		expect(Number(childText(image, 'width'))).toBeLessThanOrEqual(144);
		const url = childText(image, 'url')!;
		expect(url).toMatch(new RegExp(`^${SITE}/bilder/.+\\.png$`));
		const meta = await sharp(file(new URL(url).pathname)).metadata();
		expect(meta.width).toBe(Number(childText(image, 'width')));
	});

	test('a newsletter item carries the deadline ("utløpt"), the contact person and absolute attachments', () => {
		const content = html('debattheftet-2021');
		expect(content.text).toContain('Svarfrist: 1. mars 2021 (utløpt)');
		const contact = content.querySelectorAll('p').find((p) => p.text.startsWith('Kontaktperson:'))!;
		expect(contact.text).toContain('Kari Nordvik, Seniorrådgiver');
		expect(contact.querySelector('a[href="mailto:kari.nordvik@example.no"]')).not.toBeNull();
		expect(contact.querySelector('a[href^="tel:+47"]')?.text).toMatch(/^\+47 \d{3} \d{2} \d{3}$/);
		const attachments = content.querySelectorAll('a.attachment__link');
		expect(attachments).toHaveLength(2);
		for (const a of attachments) {
			expect(a.getAttribute('href')).toMatch(new RegExp(`^${SITE}/vedlegg/`));
			expect(existsSync(file(new URL(a.getAttribute('href')!).pathname))).toBe(true);
			expect(a.nextElementSibling?.text).toMatch(/^\((PDF|Word), \d+ kB\)$/);
		}
		expect(attachments[0]!.getAttribute('type')).toBe('application/pdf');
	});

	test('a coming deadline is an absolute date without "om … dager" (feeds are read later)', () => {
		const text = html('folkevalgtprogrammet-2023').text;
		expect(text).toContain('Svarfrist: 12. desember 2026');
		expect(text).not.toMatch(/utløpt|om \d+ dager/);
	});

	test('every item has the share image as enclosure', () => {
		for (const i of findAll(channel, 'item')) {
			const enclosure = i.children.find((c) => c.name === 'enclosure');
			expect(enclosure?.attributes.url, childText(i, 'link')).toMatch(/-1200x630-\w+\.jpg$/);
			expect(enclosure?.attributes.type).toBe('image/jpeg');
		}
	});

	test('feed HTML has plain images: no <source> outside <picture>, indeed no <picture> at all', () => {
		for (const i of findAll(channel, 'item')) {
			const content = parse(childText(i, 'content:encoded') ?? '');
			expect(content.querySelectorAll('source, picture')).toHaveLength(0);
			for (const img of content.querySelectorAll('img'))
				expect(img.getAttribute('src')).toMatch(new RegExp(`^${SITE}/bilder/.+\\.jpg$`));
		}
		expect(html('god-sommer-2023').querySelectorAll('img')).toHaveLength(2);
	});
});
