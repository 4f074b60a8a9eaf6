/**
 * Page weight budgets on every built page: CSS ≤ 10 KB gzip (linked and inline), no client
 * JavaScript except the two allowances (JSON-LD data blocks are not scripts that run), images
 * sized to avoid layout shift.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { emailFiles, htmlFiles } from './helpers/pages.ts';

const CSS_BUDGET_GZIP = 10 * 1024;
/**
 * The only pages whose feature needs JavaScript (DESIGN.md "Client JavaScript"): Pagefind on
 * /sok/ and the copy-link button on post pages, one inline script each.
 */
const PAGES_WITH_SCRIPTS: readonly RegExp[] = [
	/^\/sok\/index\.html$/,
	/^\/nyheter\/[^/]+\/index\.html$/,
];

const outDir = inject('outDir');
const emails = await emailFiles(outDir);
const files = await htmlFiles(outDir);
// E-mail editions have their own rules (email.test.ts); the web budgets are for site pages.
const webFiles = files.filter((f) => !emails.has(f));
const read = async (file: string) => parse(await readFile(join(outDir, file), 'utf8'));

describe.each(webFiles)('%s', (file) => {
	test('its CSS is at most 10 KB gzip', async () => {
		const html = await read(file);
		const linked = html
			.querySelectorAll('link[rel="stylesheet"]')
			.map((l) => l.getAttribute('href') ?? '');
		const css = await Promise.all(linked.map((href) => readFile(join(outDir, href), 'utf8')));
		const inline = html.querySelectorAll('style').map((s) => s.textContent);
		const size = gzipSync([...css, ...inline].join('\n')).length;
		expect(size).toBeGreaterThan(0);
		expect(size).toBeLessThanOrEqual(CSS_BUDGET_GZIP);
	});

	test('it ships no client JavaScript unless its feature needs it, and then one script', async () => {
		const allowed = PAGES_WITH_SCRIPTS.some((re) => re.test(`/${file}`));
		const scripts = (await read(file))
			.querySelectorAll('script')
			.filter((s) => s.getAttribute('type') !== 'application/ld+json');
		if (allowed) expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['module']);
		else expect(scripts.map((s) => s.outerHTML.slice(0, 80))).toEqual([]);
		expect((await read(file)).querySelectorAll('[onclick], [onload], [onerror]')).toHaveLength(0);
	});
});

describe.each(files)('%s', (file) => {
	test('every image has width and height', async () => {
		const images = (await read(file)).querySelectorAll('img');
		const missing = images.filter(
			(img) =>
				!/^\d+$/.test(img.getAttribute('width') ?? '') ||
				!/^\d+$/.test(img.getAttribute('height') ?? ''),
		);
		expect(missing.map((img) => img.getAttribute('src'))).toEqual([]);
	});
});
