/**
 * `npm run screenshots`: builds the site from the embedded dataset, serves it on a loopback
 * port and writes full-page PNGs into docs/screenshots/ for a person to review: five page types
 * at 390, 768 and 1280 px in light and dark, and the 2023 summer greeting as printed.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildSite, ROOT } from '../tests/helpers/build.ts';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveStatic } from '../tests/helpers/serve.ts';

const OUT = join(ROOT, 'docs', 'screenshots');
const PAGES = [
	{ name: 'front-page', path: '/' },
	{ name: 'post-with-figures', path: '/nyheter/god-sommer-2023/' },
	{ name: 'summer-greetings', path: '/sommerhilsener/' },
	{ name: 'topic', path: '/tema/arhuskompasset/' },
	// Not in the issue's list, but the only page with attachments, a deadline and a contact card.
	{ name: 'newsletter-with-attachments', path: '/nyheter/debattheftet-2021/' },
];
const WIDTHS = [390, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;
/** A4 at 96 dpi, for the print preview. */
const PRINT = { name: 'print-god-sommer-2023', path: '/nyheter/god-sommer-2023/', width: 794 };

/** A full-page shot does not scroll, so lazy images are loaded and decoded first. */
async function loadEverything(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const images = [...document.images];
		for (const img of images) img.loading = 'eager';
		await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
		await document.fonts.ready;
	});
}

const build = await buildSite();
if (build.exitCode !== 0) {
	console.error(build.output);
	process.exit(1);
}
const server = await serveStatic(build.outDir);
const browser = await launchChromium();
await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });

try {
	for (const { name, path } of PAGES) {
		for (const width of WIDTHS) {
			for (const colorScheme of SCHEMES) {
				const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
				await page.goto(server.origin + path, { waitUntil: 'load' });
				await loadEverything(page);
				const file = join(OUT, `${name}-${width}-${colorScheme}.png`);
				await page.screenshot({ path: file, fullPage: true });
				await page.close();
				console.log(`wrote ${file}`);
			}
		}
	}
	const page = await browser.newPage({ viewport: { width: PRINT.width, height: 1123 } });
	await page.emulateMedia({ media: 'print' });
	await page.goto(server.origin + PRINT.path, { waitUntil: 'load' });
	await loadEverything(page);
	// A screenshot ignores @page, so the paper's margins (print.css) are drawn for the preview.
	await page.evaluate(() => (document.body.style.padding = '18mm 16mm'));
	await page.screenshot({ path: join(OUT, `${PRINT.name}.png`), fullPage: true });
	console.log(`wrote ${join(OUT, `${PRINT.name}.png`)}`);
} finally {
	await browser.close();
	await server.close();
	await rm(build.outDir, { recursive: true, force: true });
}
