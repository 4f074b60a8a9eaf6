/**
 * Builds tests/fixtures/field-export once: every kind of broken or hostile input real datasets
 * carry (issue "Content from the field"). Each kind's output is asserted, not just "no crash".
 * A 2.2 GB sparse attachment is added to a temporary copy (never committed). API faults (kind 13)
 * are in api-faults.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIELD_EXPORT, HUGE_FILE } from '../fixtures/field-export.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { listFiles, readPage } from '../helpers/dist.ts';
import { parseSrcset } from '../helpers/srcset.ts';
import { findAll, parseXmlStrict, type XmlElement } from '../helpers/xml.ts';

const SITE = 'https://felt.example.no';
let build: BuildResult;
let rss: XmlElement;
let items: Map<string, XmlElement>;
let json: {
	counts: { skipped: number; warnings: number; notes: number };
	issues: Array<{
		id: string | null;
		type: string | null;
		path: string | null;
		severity: string;
		message: string;
	}>;
};

const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
const report = () => build.output.slice(build.output.indexOf('[sanity] Innholdsrapport'));
const distText = async (exts = /\.(html|xml|json|txt)$/) => {
	const out: Array<[string, string]> = [];
	for (const f of await listFiles(build.outDir))
		if (exts.test(f)) out.push([f, await readFile(join(build.outDir, f), 'utf8')]);
	return out;
};

beforeAll(async () => {
	const dir = await mkdtemp(join(tmpdir(), 'ks-field-'));
	await cp(FIELD_EXPORT, dir, { recursive: true });
	// A 2.2 GB file takes no disk space when sparse; reading it whole would stop the build.
	await writeFile(join(dir, 'files', HUGE_FILE), '%PDF-1.4\n');
	await truncate(join(dir, 'files', HUGE_FILE), 2_200_000_000);
	build = await buildSite({
		SANITY_LOCAL_DATASET: dir,
		BUILD_NOW: '2026-11-25T12:00:00Z',
		IMAGE_CACHE_DIR: join(dir, 'cache'),
	});
	rss = parseXmlStrict(await readFile(join(build.outDir, 'rss.xml'), 'utf8'));
	items = new Map(
		findAll(rss, 'item').map((item) => [child(item, 'link')!.text.replace(SITE, ''), item]),
	);
	json = JSON.parse(await readFile(join(build.reportDir, 'content.json'), 'utf8'));
});

describe('build from the field export', () => {
	test('succeeds, and every report line is also a JSON entry beside dist/ (not in it)', () => {
		expect(build.exitCode, build.output).toBe(0);
		expect(build.output).not.toMatch(/^\s+at /m);
		const lines = report()
			.split('\n')
			.filter((l) => l.startsWith('  [sanity] ') || l.startsWith('  [bilder] '));
		expect(json.issues.map((i) => `  ${i.message}`)).toEqual(lines);
		expect(json.counts.skipped + json.counts.warnings + json.counts.notes).toBe(lines.length);
		expect(existsSync(join(build.outDir, 'content.json'))).toBe(false);
		expect(json.issues).toContainEqual({
			id: 'post-x',
			type: 'post',
			path: 'title',
			severity: 'warning',
			message:
				'[sanity] post "post-x" → title: ulovlige tegn for XML/HTML (U+000B) fjernet eller gjort om til mellomrom/linjeskift',
		});
	});

	test('1. characters XML and HTML forbid are gone from every output, and reported by field', async () => {
		for (const [file, text] of await distText())
			expect(text, file).not.toMatch(
				/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\u2028\u2029]/,
			);
		const page = await readPage(build.outDir, '/nyheter/laerlinger/');
		expect(page.querySelector('h1')?.text).toBe('Ny avtale om lærlinger i Trøndelag');
		expect(page.querySelector('.article__ingress')?.text).toBe('Avtalen gjelder fra høsten.');
		expect(page.querySelector('.article__body p')?.innerHTML).toBe('Første linje<br>andre linje');
		expect(page.querySelector('.article__main-image img')?.getAttribute('alt')).toBe(
			'Lærlinger i arbeid',
		);
		expect(child(items.get('/nyheter/laerlinger/')!, 'title')?.text).toBe(
			'Ny avtale om lærlinger i Trøndelag',
		);
		for (const line of [
			'post "post-x" → excerpt: ulovlige tegn for XML/HTML (U+0008, U+FFFE)',
			'post "post-x" → body[0].children[0].text: ulovlige tegn for XML/HTML (U+000B)',
			'post "post-x" → body[1].children[0].text: ulovlige tegn for XML/HTML (U+2029, U+D800)',
			'post "post-x" → mainImage.alt: ulovlige tegn for XML/HTML (U+2028)',
			'post "post-x" → mainImage.caption: ulovlige tegn for XML/HTML (U+0001)',
		])
			expect(report()).toContain(line);
	});

	test('2. release versions, drafts and system documents appear nowhere in dist/', async () => {
		for (const [file, text] of await distText())
			for (const needle of ['UPUBLISERT', 'UTKAST', 'rAutumn', 'Høstutgivelse'])
				expect(text, file).not.toContain(needle);
		expect(existsSync(join(build.outDir, 'nyheter', 'hostmote'))).toBe(false);
		expect(report()).not.toMatch(/versions\.|drafts\.|_\.releases/);
	});

	test('3. plain text in HTML contexts is escaped as text and round-trips', async () => {
		const excerpt =
			'Vi venter på høringen <frist 1. mars> og <img src=x onerror=alert(1)> i svaret.';
		const item = items.get('/nyheter/hoering/')!;
		const description = parse(`<div>${child(item, 'description')!.text}</div>`);
		expect(description.querySelector('img')).toBeNull();
		expect(description.text).toBe(excerpt);
		const channel = parse(`<div>${child(child(rss, 'channel')!, 'description')!.text}</div>`);
		expect(channel.text).toBe('Nyheter <fra feltet> & annet');
		const page = await readPage(build.outDir, '/nyheter/hoering/');
		expect(page.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(
			excerpt,
		);
		expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
			'Høring <om> «lærlinger» & mer',
		);
		expect(page.querySelector('h1')?.text).toBe('Høring <om> «lærlinger» & mer');
	});

	test('4. feed HTML has absolute URLs built whole; every srcset candidate is a file in dist/', async () => {
		let candidates = 0;
		for (const item of items.values()) {
			const html = parse(child(item, 'content:encoded')!.text);
			for (const el of html.querySelectorAll('[srcset]'))
				for (const { url, descriptor } of parseSrcset(el.getAttribute('srcset')!)) {
					candidates++;
					expect(url.startsWith(`${SITE}/bilder/`), url).toBe(true);
					expect(descriptor).toMatch(/^\d+w$/);
					expect(existsSync(join(build.outDir, new URL(url).pathname)), url).toBe(true);
				}
			for (const el of html.querySelectorAll('[src], [href]'))
				expect(el.getAttribute('src') ?? el.getAttribute('href')).toMatch(/^(https:|mailto:|tel:)/);
		}
		// Feed figures are plain <img> with a JPEG srcset (no AVIF/WebP <source>s a sanitiser could strand).
		expect(candidates).toBeGreaterThan(10);
	});

	test('5. an impossible crop is ignored and reported; no dimension ≤ 0; small originals reported', async () => {
		const page = await readPage(build.outDir, '/nyheter/beskjaering/');
		for (const img of page.querySelectorAll('img')) {
			expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
			expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
			for (const { url, descriptor } of parseSrcset(img.getAttribute('srcset')!)) {
				expect(Number.parseInt(descriptor)).toBeGreaterThan(0);
				expect(existsSync(join(build.outDir, url)), url).toBe(true);
			}
		}
		// Without the crop, the main image shows the whole 1600×1067 original.
		const main = page.querySelector('.article__main-image img')!;
		expect([main.getAttribute('width'), main.getAttribute('height')]).toEqual(['1600', '1067']);
		for (const line of [
			'post "post-crop" → mainImage.crop: beskjæringen fjerner hele bildet (venstre + høyre = 120 %); vist uten beskjæring',
			'post "post-crop" → mainImage.hotspot: fokuspunktet har bredde eller høyde 0; ignorert',
			'post "post-small" → mainImage: bildet image-5dfad00b12c863721351f0b6b590802eaaca9760-150x100-jpg: lite bilde (150×100 px etter beskjæring) forstørres til delingsbildet 1200×630',
		])
			expect(report()).toContain(line);
	});

	test('6. link addresses are trimmed and escaped as attributes; every link warning quotes the href', async () => {
		const body = (await readPage(build.outDir, '/nyheter/lenker/')).querySelector(
			'.article__body',
		)!;
		expect(body.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
			'https://www.ks.no/',
		]);
		expect(body.text).toBe('KS og uten adresse');
		expect(report()).toContain(
			'post "post-links" → body[0].markDefs[1].href: lenke uten adresse (href mangler); vist som tekst',
		);
		expect(report()).not.toContain('"undefined"');
	});

	test("7. portable text from imports keeps its text, offers only the site's structure, and names exact paths", async () => {
		const body = (await readPage(build.outDir, '/nyheter/portable-text/')).querySelector(
			'.article__body',
		)!;
		expect(body.innerHTML).toBe(
			'<h2>Undertittel først</h2><p>Tekst med marks null</p><h2>Tittel i brødteksten</h2><h3>Dyp overskrift</h3><p>Ingressavsnitt</p><ul><li>Romertall</li></ul>',
		);
		for (const line of [
			'post "post-pt" → body[0].style: overskriften h3 hopper over et nivå; vist som h2',
			'post "post-pt" → body[2].children: blokken mangler children (ingen tekst); utelatt',
			'post "post-pt" → body[4]: tom overskrift; utelatt',
			'post "post-pt" → body[5].style: stilen "h1" brukes ikke i brødteksten; vist som h2',
			'post "post-pt" → body[6].style: stilen "h5" brukes ikke i brødteksten; vist som h3',
			'post "post-pt" → body[7].style: ukjent stil "lead"; vist som avsnitt',
			'post "post-pt" → body[8].listItem: ukjent listetype "roman"; vist som punktliste',
		])
			expect(report()).toContain(line);
		expect(report()).not.toContain('ukjent blokktype "span"');
	});

	test('8. dates: ordered, filtered, grouped and fed by the instant', async () => {
		const list = (await readPage(build.outDir, '/nyheter/')).querySelectorAll('.post-list > li a');
		const order = list.map((a) => a.getAttribute('href'));
		// 23:30Z is after 01:00+02:00 (= 23:00Z), though the strings sort the other way.
		expect(order.indexOf('/nyheter/utc/')).toBeLessThan(order.indexOf('/nyheter/tidssone/'));
		expect(child(items.get('/nyheter/tidssone/')!, 'pubDate')?.text).toBe(
			'Tue, 30 Apr 2024 23:00:00 GMT',
		);
		// 12:30-01:00 is 13:30Z, after the build clock.
		expect(existsSync(join(build.outDir, 'nyheter', 'senere'))).toBe(false);
		// 00:30+01:00 on 1 January is 2023 in UTC and 2024 in Oslo.
		expect(existsSync(join(build.outDir, 'arkiv', '2023'))).toBe(false);
		const archive = await readPage(build.outDir, '/arkiv/2024/');
		expect(archive.querySelector('a[href="/nyheter/nyttar/"]')).not.toBeNull();
		expect(report()).toContain(
			'post "post-bad-date" → publishedAt: ugyldig dato "2024-05-01 10:00" (krever ISO 8601-tidspunkt med tidssone',
		);
		expect(existsSync(join(build.outDir, 'nyheter', 'ugyldig-dato'))).toBe(false);
	});

	test('9. an invalid slug is quoted with the normalised suggestion', () => {
		expect(report()).toContain(
			'post "post-bad-slug" → slug: "Årsmøte 2024" er ugyldig; forslag: "arsmote-2024"',
		);
	});

	test('10. only real documents are published under /vedlegg/, decided by content; the rest is reported', async () => {
		const files = await listFiles(join(build.outDir, 'vedlegg'));
		// Each file at its permanent address and, on a first build, at its old content-hash address.
		expect([...new Set(files.map((f) => f.split('/')[1]))].sort()).toEqual([
			'innkalling.pdf',
			'mal.docx',
		]);
		for (const f of await listFiles(build.outDir))
			if (f.startsWith('vedlegg/')) expect(f).toMatch(/\.(pdf|docx|xlsx|pptx|odt)$/);
		const page = await readPage(build.outDir, '/nyheter/vedlegg/');
		const links = page.querySelectorAll('a.attachment__link');
		expect(links.map((a) => a.text)).toEqual(['Innkalling (PDF)', 'Mal (Word)']);
		for (const a of links)
			expect(existsSync(join(build.outDir, a.getAttribute('href')!))).toBe(true);
		for (const line of [
			'post "post-files" → body[3].file: vedlegget "innkalling.html" er HTML',
			'post "post-files" → body[4].file: vedlegget "referat.pdf" er HTML',
			'post "post-files" → body[5].file: vedlegget "logo.svg" er SVG',
		])
			expect(report()).toContain(line);
		expect(report()).toMatch(
			new RegExp(
				`post "post-files" → body\\[6\\]\\.file: vedlegget "${HUGE_FILE}" er for stort \\(2.200 MB; grensen er 100 MB\\); ikke publisert`,
			),
		);
		expect(build.output).not.toContain('ERR_FS_FILE_TOO_LARGE');
	});

	test('11. files the export only points at are reported and left out, never referenced', async () => {
		expect(report()).toMatch(
			/eksporten har ikke filen til image-8{40}-640x480-jpg, bare en ekstern adresse/,
		);
		expect(report()).toMatch(
			/post "post-files" → mainImage: bildet image-8{40}-640x480-jpg: nedlasting av .* feilet/,
		);
		expect(report()).toMatch(
			/post "post-files" → body\[7\]\.file: vedlegget "7{40}\.pdf" ligger bare på en ekstern adresse/,
		);
		// `sanity dataset export --raw`: asset documents that hold only a URL.
		expect(report()).toMatch(
			/eksporten har ikke filen til file-6{40}-pdf, bare en ekstern adresse/,
		);
		expect(report()).toMatch(
			/post "post-files" → body\[8\]\.file: vedlegget "Rå eksport\.pdf" ligger bare på en ekstern adresse/,
		);
		expect(report()).toMatch(
			/post "post-files" → body\[9\]: bildet image-5{40}-800x600-jpg: nedlasting av .* feilet/,
		);
		const page = await readPage(build.outDir, '/nyheter/vedlegg/');
		expect(page.querySelector('.article__main-image')).toBeNull();
		expect(page.querySelectorAll('.article__body figure')).toHaveLength(0);
		for (const [file, text] of await distText())
			for (const needle of ['127.0.0.1:2', 'cdn.example.invalid', '8'.repeat(40), '5'.repeat(40)])
				expect(text, file).not.toContain(needle);
	});

	test('every XML output parses strictly', async () => {
		const xml = (await listFiles(build.outDir)).filter((f) => f.endsWith('.xml'));
		expect(xml.length).toBeGreaterThan(0);
		for (const f of xml)
			expect(() => parseXmlStrict(readFileSync(join(build.outDir, f), 'utf8'))).not.toThrow();
	});
});
