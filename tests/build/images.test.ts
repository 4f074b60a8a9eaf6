/**
 * Images in the built site: responsive variants that exist, share images of exactly 1200×630, a
 * warm cache that encodes nothing after dist/ is gone, and bad images that warn instead of crash.
 * Three builds: the seed with a cold cache, again with the warm cache, and an export of bad images.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { listFiles, readPage } from '../helpers/dist.ts';
import { writeImageExport } from '../fixtures/image-export.ts';
import { parseXmlStrict } from '../helpers/xml.ts';

let cold: BuildResult;
let warm: BuildResult;
let bad: BuildResult;
let files: Awaited<ReturnType<typeof writeImageExport>>;

const SITE = 'https://trondelag.example.no';
const STATS = /\[bilder\] (\d+) filer i \/bilder\/: (\d+) kodet, (\d+) fra hurtigbufferen/;
const local = (outDir: string, url: string) =>
	join(outDir, decodeURIComponent(new URL(url, SITE).pathname));
const srcsetUrls = (srcset: string | undefined) =>
	(srcset ?? '')
		.split(',')
		.map((s) => s.trim().split(/\s+/)[0]!)
		.filter(Boolean);
const meta = (page: HTMLElement, key: string) =>
	page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
const postPages = async (outDir: string) =>
	(await listFiles(join(outDir, 'nyheter'))).filter((f) => /^[a-z0-9-]+\/index\.html$/.test(f));

beforeAll(async () => {
	const cache = await mkdtemp(join(tmpdir(), 'ks-image-cache-'));
	cold = await buildSite({ IMAGE_CACHE_DIR: cache });
	// A fresh output folder: dist/ is gone, the cache is not.
	warm = await buildSite({ IMAGE_CACHE_DIR: cache });
	const exportDir = await mkdtemp(join(tmpdir(), 'ks-image-export-'));
	files = await writeImageExport(exportDir);
	bad = await buildSite({
		SANITY_LOCAL_DATASET: exportDir,
		IMAGE_CACHE_DIR: join(exportDir, 'cache'),
		SITE_URL: 'https://bilder.example.no',
	});
});

describe('images in the seed build', () => {
	test('encodes every variant on a cold cache', () => {
		expect(cold.exitCode, cold.output).toBe(0);
		const [, total, encoded, cached] = STATS.exec(cold.output)!.map(Number);
		expect(total).toBeGreaterThan(50);
		expect(encoded).toBe(total);
		expect(cached).toBe(0);
	});

	test('every <img> has alt, width, height and existing src and srcset files; so has every <source>', async () => {
		const html = (await listFiles(cold.outDir)).filter((f) => f.endsWith('.html'));
		let images = 0;
		for (const file of html) {
			const page = await readPage(cold.outDir, `/${file}`);
			for (const img of page.querySelectorAll('img')) {
				images++;
				expect(img.hasAttribute('alt'), file).toBe(true);
				expect(Number(img.getAttribute('width')), file).toBeGreaterThan(0);
				expect(Number(img.getAttribute('height')), file).toBeGreaterThan(0);
				for (const url of [img.getAttribute('src')!, ...srcsetUrls(img.getAttribute('srcset'))])
					expect(existsSync(local(cold.outDir, url)), `${file}: ${url}`).toBe(true);
			}
			for (const source of page.querySelectorAll('picture source')) {
				for (const url of srcsetUrls(source.getAttribute('srcset')))
					expect(existsSync(local(cold.outDir, url)), `${file}: ${url}`).toBe(true);
			}
		}
		expect(images).toBeGreaterThan(10);
	});

	test('the 2023 summer greeting: AVIF and WebP sources of the real widths, caption and credit in page and feed', async () => {
		const page = await readPage(cold.outDir, '/nyheter/god-sommer-2023/');
		const main = page.querySelector('.article__main-image')!;
		const [avif, webp] = main.querySelectorAll('picture source');
		expect(avif?.getAttribute('type')).toBe('image/avif');
		expect(webp?.getAttribute('type')).toBe('image/webp');
		for (const entry of avif!.getAttribute('srcset')!.split(', ')) {
			const [url, w] = entry.split(' ') as [string, string];
			expect(await sharp(local(cold.outDir, url)).metadata()).toMatchObject({
				format: 'heif',
				width: parseInt(w, 10),
			});
		}
		const img = main.querySelector('img')!;
		expect(img.getAttribute('fetchpriority')).toBe('high');
		expect(img.getAttribute('style')).toMatch(/^background:url\(data:image\/jpeg;base64,/);
		const caption = main.querySelector('figcaption')!.text;
		expect(caption).toContain(
			'Regiondirektør Annikken Kjær Haraldsen og kommunedirektørene i Trøndelag',
		);
		expect(main.querySelector('.figure__credit')?.text).toBe('Foto: KS');
		// Later images load lazily.
		for (const later of page.querySelectorAll('.article__body img'))
			expect(later.getAttribute('loading')).toBe('lazy');

		const xml = await readFile(join(cold.outDir, 'rss.xml'), 'utf8');
		expect(() => parseXmlStrict(xml)).not.toThrow();
		const feed = await new Parser({ customFields: { item: ['content:encoded'] } }).parseString(xml);
		const item = feed.items.find((i) => i.link?.endsWith('/nyheter/god-sommer-2023/'))!;
		const content = (item as unknown as Record<string, string>)['content:encoded']!;
		expect(content).toContain(
			'Regiondirektør Annikken Kjær Haraldsen og kommunedirektørene i Trøndelag',
		);
		expect(content).toContain('<span class="figure__credit">Foto: KS</span>');
		expect(content).toMatch(new RegExp(`<img src="${SITE}/bilder/[^"]+\\.jpg"`));
		expect(item.enclosure).toMatchObject({ type: 'image/jpeg' });
		const enclosure = local(cold.outDir, item.enclosure!.url);
		expect(Number(item.enclosure!.length)).toBe((await stat(enclosure)).size);
	});

	test('every post page shares an existing 1200×630 JPEG under 8 MB with absolute https URL, alt and large card', async () => {
		const pages = await postPages(cold.outDir);
		expect(pages.length).toBeGreaterThan(10);
		for (const file of pages) {
			const page = await readPage(cold.outDir, `/nyheter/${file}`);
			const url = meta(page, 'og:image')!;
			expect(url, file).toMatch(new RegExp(`^${SITE}/bilder/.+\\.jpg$`));
			expect(
				[meta(page, 'og:image:width'), meta(page, 'og:image:height'), meta(page, 'og:image:type')],
				file,
			).toEqual(['1200', '630', 'image/jpeg']);
			expect(meta(page, 'og:image:alt'), file).toMatch(/Foto: KS$/);
			expect(meta(page, 'twitter:card'), file).toBe('summary_large_image');
			const path = local(cold.outDir, url);
			expect(await sharp(path).metadata(), file).toMatchObject({
				format: 'jpeg',
				width: 1200,
				height: 630,
			});
			expect((await stat(path)).size).toBeLessThan(8 * 1024 * 1024);
		}
	});

	test('a second build with the cache warm and dist/ gone encodes nothing and writes the same files', async () => {
		expect(warm.exitCode, warm.output).toBe(0);
		const [, total, encoded, cached] = STATS.exec(warm.output)!.map(Number);
		expect({ encoded, cached }).toEqual({ encoded: 0, cached: total });
		expect((await listFiles(join(warm.outDir, 'bilder'))).sort()).toEqual(
			(await listFiles(join(cold.outDir, 'bilder'))).sort(),
		);
	});
});

describe('bad images', () => {
	const report = () => bad.output.slice(bad.output.indexOf('[sanity] Innholdsrapport'));

	test('never crash the build', () => {
		expect(bad.exitCode, bad.output).toBe(0);
	});

	test.each([
		['post-corrupt', 'mainImage', () => files.corrupt.id, 'kan ikke leses (ødelagt fil'],
		['post-truncated', 'body[_key=="f1"]', () => files.truncated.id, 'kan ikke leses (avkortet'],
		['post-missing', 'mainImage', () => files.missingId, 'filen mangler i eksporten'],
		['post-svg', 'mainImage', () => files.svg.id, 'SVG-grafikk'],
		['post-huge', 'mainImage', () => files.huge.id, 'svært stort (12000×8000, 96 MP)'],
	])('%s: a warning names the post, the field and the asset', (post, field, asset, reason) => {
		const line = report()
			.split('\n')
			.find((l) => l.includes(`post "${post}" → ${field}: bildet ${asset()}`));
		expect(line, report()).toBeDefined();
		expect(line).toContain(reason);
	});

	test('each post still builds; unreadable images are left out, SVG and huge ones shown', async () => {
		const shown = async (slug: string) =>
			(await readPage(bad.outDir, `/nyheter/${slug}/`)).querySelectorAll('article img').length;
		expect(await shown('post-ok')).toBe(2);
		expect(await shown('post-corrupt')).toBe(0);
		expect(await shown('post-truncated')).toBe(0);
		expect(await shown('post-missing')).toBe(0);
		expect(await shown('post-svg')).toBe(1);
		expect(await shown('post-huge')).toBe(1);
		const huge = (await readPage(bad.outDir, '/nyheter/post-huge/')).querySelector('article img')!;
		expect(huge.getAttribute('width')).toBe('1600');
		expect(await sharp(local(bad.outDir, huge.getAttribute('src')!)).metadata()).toMatchObject({
			width: 1080,
			height: 720,
		});
	});

	test('a post whose image is unreadable shares the default image instead', async () => {
		const page = await readPage(bad.outDir, '/nyheter/post-corrupt/');
		expect(meta(page, 'og:image:alt')).toBe('Standardbilde. Foto: KS');
		expect(await sharp(local(bad.outDir, meta(page, 'og:image')!)).metadata()).toMatchObject({
			width: 1200,
			height: 630,
		});
	});
});
