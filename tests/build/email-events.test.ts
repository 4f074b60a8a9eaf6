/**
 * One build of the seed with the clock pinned to 20 February 2022, checked as a mailing tool, a
 * calendar app and a reader would: e-mail editions (the last 12 months' posts and every
 * newsletter), monthly digests, event pages with JSON-LD, calendar files, the front page's events
 * and the post page's related events (and no staff link to the e-mail edition).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ical from 'node-ical';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { jsonLdNodes, listFiles, readPage } from '../helpers/dist.ts';
import {
	emailClientErrors,
	emailProblems,
	isEmailHtml,
	linksMissingFromText,
} from '../helpers/email.ts';

const SITE = 'https://trondelag.example.no';
let build: BuildResult;
let files: string[];
const read = (file: string) => readFile(join(build.outDir, file), 'utf8');

beforeAll(async () => {
	build = await buildSite({ BUILD_NOW: '2022-02-20T12:00:00Z' });
	files = await listFiles(build.outDir);
});

test('the build succeeds; related posts not yet published are left out and reported', () => {
	expect(build.exitCode, build.output).toBe(0);
	// In February 2022 the 2023 posts are still scheduled: the events that name them drop them.
	const warnings = build.output.split('\n').filter((l) => l.includes('[sanity] event'));
	expect(warnings.map((l) => l.trim())).toEqual([
		'[sanity] event "event-framtidsfredag-steinkjer-2023" → relatedPosts[0]: innlegget "post-valglofte-2023" er ikke publisert; utelatt',
		'[sanity] event "event-framtidsfredag-steinkjer-2023" → relatedPosts[1]: innlegget "post-god-sommer-2023" er ikke publisert; utelatt',
		'[sanity] event "event-arena-trondelag-2023" → relatedPosts[0]: innlegget "post-arena-trondelag-2023" er ikke publisert; utelatt',
		'[sanity] event "event-arena-trondelag-2023" → relatedPosts[1]: innlegget "post-god-sommer-2023" er ikke publisert; utelatt',
	]);
	expect(build.output).not.toContain('Hoppet over');
});

describe('e-mail editions', () => {
	test('exist for the last 12 months’ posts and every newsletter, not for older posts', () => {
		const editions = files.filter((f) => /^nyheter\/[^/]+\/epost\.(html|txt)$/.test(f)).sort();
		expect(editions).toEqual([
			'nyheter/debattheftet-2021/epost.html', // a newsletter from December 2020
			'nyheter/debattheftet-2021/epost.txt',
			'nyheter/god-sommer-2021/epost.html',
			'nyheter/god-sommer-2021/epost.txt',
			// strategikonferansen-2021 (February 2021) is older than 12 months: none
		]);
	});

	test.each(['debattheftet-2021', 'god-sommer-2021'])(
		'%s: a valid e-mail, no Outlook/Gmail errors, a text part with every link',
		async (slug) => {
			const html = await read(`nyheter/${slug}/epost.html`);
			expect(emailProblems(html, SITE)).toEqual([]);
			expect(emailClientErrors(html)).toEqual([]);
			expect(linksMissingFromText(html, await read(`nyheter/${slug}/epost.txt`))).toEqual([]);
		},
	);

	test('point only at images and files that are in dist/', async () => {
		const html = await read('nyheter/god-sommer-2021/epost.html');
		const paths = [
			...html.matchAll(
				/(?:src|href)="https:\/\/trondelag\.example\.no(\/(?:bilder|vedlegg)\/[^"]+)"/g,
			),
		];
		expect(paths.length).toBeGreaterThan(0);
		for (const [, path] of paths) expect(files, path).toContain(path!.slice(1));
	});

	test('the post page does not link its edition: nothing on a public page addresses staff', async () => {
		const page = await readPage(build.outDir, '/nyheter/debattheftet-2021/');
		expect(files).toContain('nyheter/debattheftet-2021/epost.html');
		expect(page.querySelector('a[href$="/epost.html"]')).toBeNull();
		expect(page.textContent).not.toMatch(/E-postversjon|e-postverktøy/);
	});
});

describe('monthly digests', () => {
	test('one for each of the last 12 months that has posts: none for an empty month', () => {
		// March 2021 – February 2022: only June 2021 (Sommerhilsen 2021) has a post.
		expect(files.filter((f) => f.startsWith('epost/')).sort()).toEqual(['epost/2021-06.html']);
	});

	test('are e-mails (marker, noindex) with the month’s lead post and the upcoming events', async () => {
		const html = await read('epost/2021-06.html');
		expect(isEmailHtml(html)).toBe(true);
		expect(emailProblems(html, SITE)).toEqual([]);
		expect(emailClientErrors(html)).toEqual([]);
		const page = await readPage(build.outDir, '/epost/2021-06.html');
		expect(page.querySelector('h1')?.textContent).toBe('Nyhetsbrev: juni 2021');
		expect(page.querySelectorAll('h2').map((h) => h.textContent)).toEqual([
			'Sommerhilsen 2021: takk for et år med omstilling',
			'Kommende arrangementer',
		]);
	});
});

describe('events', () => {
	test('the list shows upcoming events soonest first, then past ones by year', async () => {
		const page = await readPage(build.outDir, '/arrangementer/');
		const sections = page.querySelectorAll('main section');
		expect(
			sections[0]!.querySelectorAll('.post-card__title').map((h) => h.textContent.trim()),
		).toEqual([
			'Framtidsfredag på Steinkjer: demokrati uten hets',
			'Arena Trøndelag 2023',
			'Arena Trøndelag 2028',
		]);
		expect(sections[1]!.querySelector('h3')?.textContent).toBe('2021');
		expect(sections[1]!.querySelector('.post-card__title')?.textContent.trim()).toBe(
			'Strategikonferansen og kommunalpolitisk toppmøte 2021',
		);
		expect(page.querySelector('a[href="/arrangementer.ics"]')).not.toBeNull();
	});

	test('an event page has the details, JSON-LD Event and «Legg til i kalender»', async () => {
		const page = await readPage(build.outDir, '/arrangementer/strategikonferansen-2021/');
		expect(page.querySelector('h1')?.textContent).toBe(
			'Strategikonferansen og kommunalpolitisk toppmøte 2021',
		);
		expect(page.querySelector('.event-details')?.textContent).toContain(
			'tirsdag 2. mars 2021 kl. 09.00–15.30',
		);
		const ld = jsonLdNodes(page).find((node) => node['@type'] === 'Event');
		expect(ld).toMatchObject({
			'@type': 'Event',
			startDate: '2021-03-02T09:00:00+01:00',
			endDate: '2021-03-02T15:30:00+01:00',
			eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
			location: { '@type': 'VirtualLocation', url: 'https://www.ks.no/' },
			url: `${SITE}/arrangementer/strategikonferansen-2021/`,
		});
		const calendar = page.querySelector('a.event__calendar')?.getAttribute('href');
		expect(calendar).toBe('/arrangementer/strategikonferansen-2021/strategikonferansen-2021.ics');
		expect(files).toContain(calendar!.slice(1));
		// Past: no registration link any more.
		expect(page.querySelector('a.event__register')).toBeNull();
	});

	test('the front page shows the next three events; a post shows its events', async () => {
		const home = await readPage(build.outDir, '/');
		const section = home.querySelector('section[aria-labelledby="events-heading-home"]');
		expect(
			section?.querySelectorAll('.post-card__title a').map((a) => a.getAttribute('href')),
		).toEqual([
			'/arrangementer/framtidsfredag-steinkjer-2023/',
			'/arrangementer/arena-trondelag-2023/',
			'/arrangementer/arena-trondelag-2028/',
		]);
		const post = await readPage(build.outDir, '/nyheter/debattheftet-2021/');
		expect(post.querySelectorAll('.post-events a').map((a) => a.getAttribute('href'))).toEqual([
			'/arrangementer/strategikonferansen-2021/',
		]);
	});
});

describe('calendar files', () => {
	test('/arrangementer.ics holds the upcoming events and their registration deadlines', async () => {
		const text = await read('arrangementer.ics');
		expect(text).toContain('X-WR-CALNAME:');
		expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
		const events = Object.values(ical.sync.parseICS(text)).flatMap((c) =>
			c?.type === 'VEVENT' ? [c] : [],
		);
		expect(events.map((e) => e.uid).sort()).toEqual([
			'event-arena-trondelag-2023-frist@trondelag.example.no',
			'event-arena-trondelag-2023@trondelag.example.no',
			'event-arena-trondelag-2028-frist@trondelag.example.no',
			'event-arena-trondelag-2028@trondelag.example.no',
			'event-framtidsfredag-steinkjer-2023@trondelag.example.no',
		]);
	});

	test('every event has its own file that parses, with the time in UTC', async () => {
		const ics = files.filter((f) => /^arrangementer\/[^/]+\/[^/]+\.ics$/.test(f));
		expect(ics).toHaveLength(4);
		const text = await read('arrangementer/strategikonferansen-2021/strategikonferansen-2021.ics');
		expect(text).toContain('DTSTART:20210302T080000Z\r\n');
		expect(text).toContain('DTSTART;VALUE=DATE:20210301\r\n');
		for (const file of ics)
			expect(Object.keys(ical.sync.parseICS(await read(file))).length).toBeGreaterThan(0);
	});
});
