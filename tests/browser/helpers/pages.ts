/**
 * Which pages the browser suite visits: one page of every page type in the build. The named
 * pages below are always included (they carry figures, attachments, a deadline, pagination);
 * any other page type found in dist/ (a route family a later issue adds) is sampled too, so a new
 * page type is checked without editing this list.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../../helpers/dist.ts';
import { isEmailHtml } from '../../helpers/email.ts';

/** `email`: an e-mail edition (its marker): only axe and the e-mail checks apply to it. */
export type SamplePage = { path: string; type: string; email?: boolean };

/** Page types the issue names, with the page that represents each. */
export const REQUIRED_PAGES: readonly SamplePage[] = [
	{ type: 'front page', path: '/' },
	{ type: 'news list, page 1', path: '/nyheter/' },
	{ type: 'news list, page 2', path: '/nyheter/side/2/' },
	{ type: 'post with figures', path: '/nyheter/god-sommer-2023/' },
	{ type: 'post with attachments, deadline and contact', path: '/nyheter/debattheftet-2021/' },
	{ type: 'summer-greeting archive', path: '/sommerhilsener/' },
	{ type: 'archive of years', path: '/arkiv/' },
	{ type: 'year archive', path: '/arkiv/2023/' },
	{ type: 'topic index', path: '/tema/' },
	{ type: 'topic page', path: '/tema/arhuskompasset/' },
	{ type: 'accessibility statement', path: '/tilgjengelighet/' },
	{ type: 'accessibility test record', path: '/tilgjengelighet/testresultater/' },
	{ type: 'privacy statement', path: '/personvern/' },
	{ type: 'newsletter sign-up and past editions', path: '/nyhetsbrev/' },
	{ type: '404', path: '/404.html' },
	{ type: 'events', path: '/arrangementer/' },
	{ type: 'upcoming event', path: '/arrangementer/arena-trondelag-2028/' },
	{
		type: 'past event with a registration deadline',
		path: '/arrangementer/strategikonferansen-2021/',
	},
	{
		type: 'e-mail edition of a newsletter',
		path: '/nyheter/debattheftet-2021/epost.html',
		email: true,
	},
	{ type: 'post in nynorsk', path: '/nyheter/velkomne-nye-ordforarar-2023/' },
	{
		type: 'e-mail edition in nynorsk',
		path: '/nyheter/velkomne-nye-ordforarar-2023/epost.html',
		email: true,
	},
];

/**
 * The HTML files in dist/ that are e-mail editions (post editions, digests), found by the marker
 * they carry, not by name: they target e-mail clients and are exempt from the HTML checker, the
 * skip link, reflow, keyboard and the web page budgets (DESIGN.md, "E-mail files").
 */
export async function emailFiles(outDir: string): Promise<Set<string>> {
	const files = await htmlFiles(outDir);
	const html = await Promise.all(files.map((f) => readFile(join(outDir, f), 'utf8')));
	return new Set(files.filter((_, i) => isEmailHtml(html[i]!)));
}

/** URL path of an HTML file in dist/: `nyheter/x/index.html` → `/nyheter/x/`. */
export const pathOfFile = (file: string) =>
	`/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Route family of a URL path, from its first segment, depth and file name, digits in the file
 * name counting as one: `/arkiv/2023/` → `/arkiv/#/`, `/epost/2026-11.html` → `/epost/#-#.html`.
 */
export function familyOf(path: string): string {
	const parts = path.split('/').filter(Boolean);
	const file = path.endsWith('/') ? '' : (parts.pop() ?? '').replace(/\d+/g, '#');
	const [first = '', ...rest] = parts;
	return `/${first}${rest.map(() => '/#').join('')}${first ? '/' : ''}${file}`;
}

/** Every HTML file in dist/, relative to it. */
export async function htmlFiles(outDir: string): Promise<string[]> {
	return (await listFiles(outDir)).filter((f) => f.endsWith('.html')).sort();
}

/** The required pages plus one page of each other route family in dist/, e-mail editions marked. */
export async function samplePages(outDir: string): Promise<SamplePage[]> {
	const emails = await emailFiles(outDir);
	const pages = [...REQUIRED_PAGES];
	const covered = new Set(pages.map((p) => familyOf(p.path)));
	for (const file of await htmlFiles(outDir)) {
		const path = pathOfFile(file);
		const family = familyOf(path);
		if (covered.has(family)) continue;
		covered.add(family);
		pages.push({ type: `page type ${family}`, path, email: emails.has(file) });
	}
	return pages;
}

/** The sample pages that are web pages (not e-mail editions). */
export async function sampleWebPages(outDir: string): Promise<SamplePage[]> {
	return (await samplePages(outDir)).filter((p) => !p.email);
}
