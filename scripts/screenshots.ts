/**
 * `npm run screenshots`: builds the site from the embedded dataset, serves it on a loopback
 * port and writes full-page PNGs into docs/screenshots/ for a person to review: thirteen page types
 * at 390, 768 and 1280 px in light and dark, and two posts as printed. Each image is compared
 * with the committed one (scripts/screenshot-diff.ts) and reported as new, unchanged or changed.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { buildSite, ROOT } from '../tests/helpers/build.ts';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { BROWSER_NOW } from '../tests/browser/helpers/clock.ts';
import { serveStatic } from '../tests/helpers/serve.ts';
import { committedFile, compareScreenshots, describeChange } from './screenshot-diff.ts';

const OUT = join(ROOT, 'docs', 'screenshots');
const PAGES = [
	{ name: 'front-page', path: '/' },
	{ name: 'post-with-figures', path: '/nyheter/god-sommer-2023/' },
	{ name: 'summer-greetings', path: '/sommerhilsener/' },
	{ name: 'topic', path: '/tema/arhuskompasset/' },
	// Not in the list, but the only page with attachments, a deadline and a contact card.
	{ name: 'newsletter-with-attachments', path: '/nyheter/debattheftet-2021/' },
	{ name: 'archive', path: '/arkiv/' },
	{ name: 'accessibility', path: '/tilgjengelighet/' },
	{ name: 'municipality', path: '/kommuner/skaun/' },
	{ name: 'event', path: '/arrangementer/arena-trondelag-2028/' },
	{ name: 'feeds', path: '/feeds/' },
	{ name: 'deadlines', path: '/frister/' },
	{ name: 'newsletter-signup', path: '/nyhetsbrev/' },
	{ name: 'privacy', path: '/personvern/' },
	{ name: 'nynorsk-post', path: '/nyheter/velkomne-nye-ordforarar-2023/' },
	{ name: 'search', path: '/sok/?q=samskaping' },
	// An e-mail edition as a mail client shows it (600 px column, dark mode where the client has one).
	{ name: 'email-edition', path: '/nyheter/debattheftet-2021/epost.html' },
];
const WIDTHS = [390, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;
/** A4 at 96 dpi, for the print previews. */
const PRINTS = [
	{ name: 'print-god-sommer-2023', path: '/nyheter/god-sommer-2023/', width: 794 },
	{ name: 'print-debattheftet-2021', path: '/nyheter/debattheftet-2021/', width: 794 },
];

/** A full-page shot does not scroll, so lazy images are loaded and decoded first. */
async function loadEverything(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const images = [...document.images];
		for (const img of images) img.loading = 'eager';
		await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
		await document.fonts.ready;
	});
}

const report: string[] = [];
/** Writes a screenshot and notes how it differs from the committed one. */
async function save(name: string, png: Buffer): Promise<void> {
	const file = join(OUT, `${name}.png`);
	const change = compareScreenshots(committedFile(ROOT, relative(ROOT, file)), png);
	await writeFile(file, png);
	report.push(`${name}.png: ${describeChange(change)}`);
	console.log(`wrote ${file} (${describeChange(change)})`);
}

const before = (await readdir(OUT).catch(() => [] as string[])).filter((f) => f.endsWith('.png'));
const build = await buildSite({ BUILD_NOW: BROWSER_NOW });
if (build.exitCode !== 0) {
	console.error(build.output);
	process.exit(1);
}
const server = await serveStatic(build.outDir);
const home = await readFile(join(build.outDir, 'index.html'), 'utf8');
const siteOrigin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(home)![1]!).origin;
const browser = await launchChromium();
await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });

try {
	for (const { name, path } of PAGES) {
		for (const width of WIDTHS) {
			for (const colorScheme of SCHEMES) {
				const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
				// E-mails point at the public site (absolute URLs): the local build answers for it.
				await page.route(`${siteOrigin}/**`, async (route) => {
					const local = server.origin + route.request().url().slice(siteOrigin.length);
					await route.fulfill({ response: await route.fetch({ url: local }) });
				});
				await page.goto(server.origin + path, { waitUntil: 'load' });
				// The search page fills its results after load (Pagefind): shoot it with them.
				if (path.startsWith('/sok/?'))
					await page.waitForSelector('#search-results li', { timeout: 10_000 });
				await loadEverything(page);
				await save(`${name}-${width}-${colorScheme}`, await page.screenshot({ fullPage: true }));
				await page.close();
			}
		}
	}
	for (const print of PRINTS) {
		const page = await browser.newPage({ viewport: { width: print.width, height: 1123 } });
		await page.emulateMedia({ media: 'print' });
		await page.goto(server.origin + print.path, { waitUntil: 'load' });
		await loadEverything(page);
		// A screenshot ignores @page, so the paper's margins (print.css) are drawn for the preview.
		await page.evaluate(() => (document.body.style.padding = '18mm 16mm'));
		await save(print.name, await page.screenshot({ fullPage: true }));
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
	await rm(build.outDir, { recursive: true, force: true });
}

const written = new Set(report.map((line) => line.split(':')[0]));
for (const file of before) if (!written.has(file)) report.push(`${file}: removed`);
const changed = report.filter((line) => !line.endsWith(': unchanged')).length;
console.log(
	`\nScreenshots compared with the committed ones (${changed} of ${report.length} differ):`,
);
for (const line of report) console.log(`  ${line}`);
