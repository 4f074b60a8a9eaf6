/**
 * Which pages the browser suite visits: one page of every page type in the build. The named
 * pages below are always included (they carry figures, attachments, a deadline, pagination);
 * any other page type found in dist/ (a route family a later issue adds) is sampled too, so a new
 * page type is checked without editing this list.
 */
import { listFiles } from '../../helpers/dist.ts';

export type SamplePage = { path: string; type: string };

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
	{ type: '404', path: '/404.html' },
];

/** E-mail editions target e-mail clients and are exempt from the HTML checker (docs/architecture.md). */
export const isEmailEdition = (file: string) => /(^|\/)epost\.html$/.test(file);

/** URL path of an HTML file in dist/: `nyheter/x/index.html` → `/nyheter/x/`. */
export const pathOfFile = (file: string) =>
	`/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;

/** Route family of a URL path, from its first segment, depth and file name: `/arkiv/2023/` → `/arkiv/#/`. */
export function familyOf(path: string): string {
	const parts = path.split('/').filter(Boolean);
	const file = path.endsWith('/') ? '' : (parts.pop() ?? '');
	const [first = '', ...rest] = parts;
	return `/${first}${rest.map(() => '/#').join('')}${first ? '/' : ''}${file}`;
}

/** Every HTML file in dist/, relative to it. */
export async function htmlFiles(outDir: string): Promise<string[]> {
	return (await listFiles(outDir)).filter((f) => f.endsWith('.html')).sort();
}

/** The required pages plus one page of each other route family in dist/. */
export async function samplePages(outDir: string): Promise<SamplePage[]> {
	const pages = [...REQUIRED_PAGES];
	const covered = new Set(pages.map((p) => familyOf(p.path)));
	for (const path of (await htmlFiles(outDir)).map(pathOfFile)) {
		const family = familyOf(path);
		if (covered.has(family)) continue;
		covered.add(family);
		pages.push({ type: `page type ${family}`, path });
	}
	return pages;
}
