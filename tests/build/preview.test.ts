/**
 * One drafts preview build of the embedded dataset (what `npm run preview:drafts` builds): the
 * draft and the scheduled post are there, every page says it is a preview (banner first after the
 * skip link, «[Forhåndsvisning]» title, noindex), and nothing meant for readers' tools or mailings
 * is: no feeds, sitemap, search index, e-mail files or schedule. The production build of the same
 * dataset shows none of this (site.test.ts, and tests/browser/production-output.test.ts).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { listFiles, pathOfHtml, readPage } from '../helpers/dist.ts';

let build: BuildResult;
let files: string[];
const html = () => files.filter((f) => f.endsWith('.html'));

beforeAll(async () => {
	build = await buildSite({ SANITY_PERSPECTIVE: 'drafts', BUILD_NOW: '2026-11-25T12:00:00Z' });
	files = await listFiles(build.outDir);
});
afterAll(async () => {
	for (const dir of [build?.outDir, build?.reportDir])
		if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the drafts preview build', () => {
	test("shows the draft's text, with the banner", async () => {
		expect(build.exitCode, build.output).toBe(0);
		const page = await readPage(build.outDir, '/nyheter/hostmote-2026-utkast/');
		expect(page.querySelector('h1')?.text).toBe('UTKAST: Høstmøtet 2026');
		expect(page.querySelector('.article__body')?.text).toContain('Dette er et utkast.');
		expect(page.querySelector('.preview-banner')?.text).toContain(
			'Forhåndsvisning – ikke publisert',
		);
	});

	test('shows a scheduled post, marked «Planlagt» with its date', async () => {
		const page = await readPage(build.outDir, '/nyheter/sommerhilsen-2099/');
		expect(page.querySelector('.article__meta')?.text).toBe('Planlagt: 20. juni 2099');
		const list = await readPage(build.outDir, '/nyheter/');
		expect(list.querySelector('.post-card__title a')?.getAttribute('href')).toBe(
			'/nyheter/sommerhilsen-2099/',
		);
		expect(list.querySelector('.post-card__meta')?.text).toContain('Planlagt: 20. juni 2099');
		const front = await readPage(build.outDir, '/');
		expect(front.querySelector('.lead-story__meta')?.text).toBe('Planlagt: 20. juni 2099');
	});

	test('marks every page: banner first after the skip link, «[Forhåndsvisning]» title, noindex', async () => {
		expect(html().length).toBeGreaterThan(50);
		for (const file of html()) {
			const page = await readPage(build.outDir, `/${file}`);
			const banner = page.querySelector('body > .skip-link + section.preview-banner');
			expect(banner?.getAttribute('aria-label'), file).toBe('Forhåndsvisning');
			expect(page.querySelector('title')?.text, file).toMatch(/^\[Forhåndsvisning\] /);
			expect(page.querySelector('meta[name="robots"]')?.getAttribute('content'), file).toBe(
				'noindex',
			);
		}
	});

	test('has no feeds, sitemap, search index or e-mail files, and robots.txt keeps crawlers out', async () => {
		const unwanted = files.filter((f) =>
			/\.xml$|\.json$|^pagefind\/|^epost\/|\/epost\.(html|txt)$|^arrangementer\.ics$/.test(f),
		);
		expect(unwanted).toEqual([]);
		expect(await readFile(join(build.outDir, 'robots.txt'), 'utf8')).toBe(
			'User-agent: *\nDisallow: /\n',
		);
		const post = await readPage(build.outDir, '/nyheter/debattheftet-2021/');
		expect(post.querySelector('.email-edition-link')).toBeNull();
	});

	test('keeps what pages link to: each event calendar file and every internal page', async () => {
		expect(files).toContain('arrangementer/arena-trondelag-2028/arena-trondelag-2028.ics');
		const pages = new Set(html().map(pathOfHtml));
		const front = await readPage(build.outDir, '/');
		for (const href of front.querySelectorAll('a[href^="/"]').map((a) => a.getAttribute('href')!))
			if (href.endsWith('/')) expect(pages, href).toContain(href.split('#')[0]);
	});

	test('writes its content report, and no schedule (a preview publishes nothing)', async () => {
		const reports = await listFiles(build.reportDir);
		expect(reports).toEqual(['content.json']);
	});
});
