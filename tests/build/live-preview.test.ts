/**
 * The live preview server for the Studio's Presentation tool (preview/), built once and run
 * against a fake Sanity API on 127.0.0.1 that serves the embedded dataset in the drafts
 * perspective with stega-encoded text, as the real API and @sanity/client would (the real API is
 * unreachable here): the preview-URL secret, the session cookie, drafts with stega and the overlay
 * script, fresh content on every load, and nothing without a session.
 */
import { rm } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { vercelStegaDecode } from '@vercel/stega';
import { stegaClean } from '@sanity/client/stega';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDataset } from '../../src/sanity/dataset.ts';
import type { BuildResult } from '../helpers/build.ts';
import { startFakeSanityApi, withCdnUrls, type FakeSanityApi } from '../helpers/fake-sanity-api.ts';
import {
	buildPreviewServer,
	startPreviewServer,
	type RunningServer,
} from '../helpers/preview-server.ts';
import { ROOT } from '../helpers/build.ts';

const STUDIO = 'https://studio.example.no';
const SECRET = 'presentasjon-hemmelighet-123';
const DRAFT = '/nyheter/hostmote-2026-utkast/';
let build: BuildResult;
let api: FakeSanityApi;
let server: RunningServer;
let cookie = '';

const get = (path: string, headers: Record<string, string> = {}) =>
	fetch(server.origin + path, { headers, redirect: 'manual' });
const page = async (path: string) => {
	const response = await get(path, { cookie });
	return { response, html: await response.text() };
};
const enable = (query: string) => get(`/api/preview-mode/enable?${query}`);

beforeAll(async () => {
	const { documents } = await readDataset(join(ROOT, 'sanity-studio', 'seed', 'production'));
	api = await startFakeSanityApi({
		documents: [
			...withCdnUrls(documents, 'testprosjekt', 'production'),
			// What the Presentation tool stores before it opens the preview (@sanity/preview-url-secret).
			{
				_id: 'sanity-preview-url-secret.test',
				_type: 'sanity.previewUrlSecret',
				_updatedAt: new Date().toISOString(),
				secret: SECRET,
				studioUrl: STUDIO,
			},
		],
		stega: { fields: new Set(['title', 'excerpt', 'text']), studioUrl: STUDIO },
	});
	build = await buildPreviewServer();
	if (build.exitCode !== 0) throw new Error(`preview server build failed:\n${build.output}`);
	server = await startPreviewServer(build.outDir, {
		SANITY_PROJECT_ID: 'testprosjekt',
		SANITY_TOKEN: 'sk-viewer-token-for-tests',
		SANITY_API_HOST: api.url,
		SANITY_STUDIO_URL: STUDIO,
	});
});
afterAll(async () => {
	await server?.close();
	await api?.close();
	for (const dir of [build?.outDir, build?.reportDir])
		if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the live preview server', () => {
	test('shows no drafts without a session, and says where to open the preview', async () => {
		const response = await get(DRAFT);
		expect(response.status).toBe(401);
		const text = await response.text();
		expect(text).toContain('«Presentasjon»');
		expect(text).not.toContain('Dette er et utkast');
	});

	test('refuses a wrong or missing secret: 401 and no session', async () => {
		for (const query of ['sanity-preview-secret=feil', 'sanity-preview-pathname=/']) {
			const response = await enable(query);
			expect(response.status, query).toBe(401);
			expect(response.headers.get('set-cookie'), query).toBeNull();
		}
	});

	test("a valid secret starts a session that works in the Studio's frame, then redirects on this server", async () => {
		const response = await enable(
			`sanity-preview-secret=${SECRET}&sanity-preview-pathname=${encodeURIComponent(DRAFT)}`,
		);
		expect(response.status).toBe(307);
		expect(response.headers.get('location')).toBe(DRAFT);
		const setCookie = response.headers.get('set-cookie') ?? '';
		for (const part of ['HttpOnly', 'Secure', 'SameSite=None', 'Partitioned', 'Path=/'])
			expect(setCookie).toContain(part);
		cookie = setCookie.split(';')[0]!;
		const away = await enable(
			`sanity-preview-secret=${SECRET}&sanity-preview-pathname=${encodeURIComponent('https://evil.example/x')}`,
		);
		expect(away.headers.get('location')).toBe('/x');
	});

	test('renders the draft with stega-encoded text, the banner, noindex and the overlay script', async () => {
		const { response, html } = await page(DRAFT);
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		const doc = parse(html);
		const h1 = doc.querySelector('h1')!.text;
		expect(stegaClean(h1)).toBe('UTKAST: Høstmøtet 2026');
		expect(vercelStegaDecode(h1)).toMatchObject({ origin: 'sanity.io' });
		expect(stegaClean(doc.querySelector('.article__body')!.text)).toContain('Dette er et utkast.');
		expect(doc.querySelector('.preview-banner')?.text).toContain(
			'Forhåndsvisning – ikke publisert',
		);
		expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		expect(stegaClean(doc.querySelector('title')!.text)).toMatch(/^\[Forhåndsvisning\] UTKAST/);
		const scripts = doc.querySelectorAll('script[type="module"][src]');
		expect(scripts).toHaveLength(1);
		const overlay = await get(scripts[0]!.getAttribute('src')!);
		expect(overlay.status).toBe(200);
		expect(await overlay.text()).toContain('renderVisualEditing');
	});

	test('renders the front page and a scheduled post, marked «Planlagt»', async () => {
		const front = await page('/');
		expect(front.response.status).toBe(200);
		expect(parse(front.html).querySelector('.preview-banner')).not.toBeNull();
		const scheduled = parse((await page('/nyheter/sommerhilsen-2099/')).html);
		expect(scheduled.querySelector('.article__meta')?.text).toBe('Planlagt: 20. juni 2099');
	});

	test('shows an edit on the next load (nothing cached)', async () => {
		const draft = api.documents.find((d) => d._id === 'drafts.post-hostmote-2026')!;
		draft.title = 'UTKAST: Høstmøtet 2026, nytt program';
		const h1 = parse((await page(DRAFT)).html).querySelector('h1')!.text;
		expect(stegaClean(h1)).toBe('UTKAST: Høstmøtet 2026, nytt program');
	});

	test('says which pages it does not render (404), and refuses a forged session', async () => {
		for (const path of ['/tema/samskaping/', '/nyheter/finnes-ikke/']) {
			const other = await page(path);
			expect(other.response.status, path).toBe(404);
			expect(parse(other.html).querySelector('h1')?.text).toBe('Ikke i direkte forhåndsvisning');
		}
		const forged = cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
		expect((await get(DRAFT, { cookie: forged })).status).toBe(401);
	});

	test('after a session was used, a stranger’s request to any other path gets no draft and no-store', async () => {
		expect((await page(DRAFT)).response.status).toBe(200); // the editor's page: the store is full
		for (const path of [
			'/api/preview-mode/x',
			'/api/preview-mode/enable/../x',
			'/api/preview-mode/enable/x',
			'/api/preview-mode/%2e%2e/nyheter/hostmote-2026-utkast/',
		]) {
			const response = await rawGet(path);
			expect(response.status, path).toBe(401);
			expect(response.headers['cache-control'], path).toBe('no-store');
			expect(response.body, path).not.toContain('UTKAST');
			expect(response.body, path).not.toContain('data-sanity');
			expect(vercelStegaDecode(response.body), path).toBeUndefined();
		}
	});

	test('reads drafts (and the secret raw), never the published perspective', () => {
		expect(new Set(api.perspectives)).toEqual(new Set(['drafts', 'raw']));
	});

	test('limits secret checks: a flood of wrong secrets gets 429 and costs no more queries', async () => {
		const before = api.perspectives.length;
		const statuses: number[] = [];
		for (let i = 0; i < 15; i++)
			statuses.push((await enable(`sanity-preview-secret=feil-${i}`)).status);
		expect(statuses).toContain(429);
		expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
		expect(api.perspectives.length - before).toBeLessThanOrEqual(10);
		const limited = await enable('sanity-preview-secret=feil-igjen');
		expect(limited.status).toBe(429);
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
	});
});

/** A request with the path sent exactly as written (fetch would resolve `..`). */
function rawGet(path: string) {
	const { hostname, port } = new URL(server.origin);
	return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>(
		(done, fail) => {
			const req = request({ hostname, port, path, method: 'GET' }, (res) => {
				let body = '';
				res.on('data', (d) => (body += d));
				res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
			});
			req.on('error', fail);
			req.end();
		},
	);
}
