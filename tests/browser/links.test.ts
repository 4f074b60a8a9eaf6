/**
 * Every internal link and asset reference in dist/ resolves on the local server (HEAD 200),
 * same-page fragments point at an existing id, and links to other sites are listed, not fetched.
 * Absolute URLs on the site's own address (canonical, og:image, feeds) count as internal.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, inject, test } from 'vitest';
import { DEFAULT_UNSUBSCRIBE_PLACEHOLDER } from '../../src/consts.ts';
import { listFiles } from '../helpers/dist.ts';
import { htmlFiles, pathOfFile } from './helpers/pages.ts';

const outDir = inject('outDir');
const origin = inject('origin');

const REFERENCES: Array<[selector: string, attribute: string]> = [
	['a[href]', 'href'],
	['link[href]', 'href'],
	['img[src]', 'src'],
	['img[srcset]', 'srcset'],
	['source[srcset]', 'srcset'],
	['script[src]', 'src'],
	['meta[property^="og:"][content^="http"]', 'content'],
	['meta[name^="twitter:"][content^="http"]', 'content'],
];

/** The site's own address, from the canonical link of the front page. */
async function siteOrigin(): Promise<string> {
	const home = parse(await readFile(join(outDir, 'index.html'), 'utf8'));
	return new URL(home.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? origin)
		.origin;
}

/** Every reference in every HTML page, stylesheet and feed, with the file it is in. */
async function collectReferences(site: string): Promise<Array<{ from: string; url: string }>> {
	const refs: Array<{ from: string; url: string }> = [];
	for (const file of await htmlFiles(outDir)) {
		const html = parse(await readFile(join(outDir, file), 'utf8'));
		for (const [selector, attribute] of REFERENCES) {
			for (const el of html.querySelectorAll(selector)) {
				const value = el.getAttribute(attribute) ?? '';
				const urls =
					attribute === 'srcset'
						? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')
						: [value];
				for (const url of urls.filter(Boolean)) refs.push({ from: pathOfFile(file), url });
			}
		}
		for (const id of html
			.querySelectorAll('a[href^="#"]')
			.map((a) => a.getAttribute('href')!.slice(1))) {
			if (id && !html.getElementById(id))
				refs.push({ from: pathOfFile(file), url: `#missing:${id}` });
		}
	}
	for (const file of (await listFiles(outDir)).filter((f) => f.endsWith('.css'))) {
		const css = await readFile(join(outDir, file), 'utf8');
		for (const [, url = ''] of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
			if (!url.startsWith('data:')) refs.push({ from: `/${file}`, url });
		}
	}
	// Feeds (RSS, JSON Feed, iCalendar) and e-mail text parts link to the site with absolute URLs.
	for (const file of (await listFiles(outDir)).filter((f) => /\.(xml|json|ics|txt)$/.test(f))) {
		// iCalendar folds long lines (RFC 5545 §3.1): unfold before reading addresses.
		const text = (await readFile(join(outDir, file), 'utf8')).replace(/\r?\n[ \t]/g, '');
		// A URL ends at a quote, bracket, space or backslash (JSON writes `\"` inside content_html).
		const own = new RegExp(
			`${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^"'<>\\s)\\]\\\\]*`,
			'g',
		);
		for (const [url] of text.matchAll(own)) refs.push({ from: `/${file}`, url });
	}
	return refs;
}

test('every internal link and asset resolves; external links are listed', async () => {
	const site = await siteOrigin();
	const refs = await collectReferences(site);
	const internal = new Map<string, string>();
	const external = new Set<string>();
	const broken: string[] = [];
	for (const { from, url } of refs) {
		if (url.startsWith('#missing:')) broken.push(`${from} → ${url.slice(9)} (no such id)`);
		// The e-mail's unsubscribe link is filled in by the mailing tool (docs/email-calendar.md).
		if (
			/^(mailto|tel):/.test(url) ||
			url.startsWith('#') ||
			url === DEFAULT_UNSUBSCRIBE_PLACEHOLDER
		)
			continue;
		const resolved = new URL(url, `${site}${from}`);
		if (resolved.origin === site) internal.set(resolved.pathname, from);
		else external.add(resolved.href);
	}
	for (const [path, from] of internal) {
		const response = await fetch(origin + path, { method: 'HEAD' });
		if (response.status !== 200) broken.push(`${from} → ${path} (${response.status})`);
	}
	console.info(
		`checked ${internal.size} internal URLs; external links, not fetched:\n${[...external].sort().join('\n')}`,
	);
	expect(internal.size).toBeGreaterThan(20);
	expect(broken).toEqual([]);
});
