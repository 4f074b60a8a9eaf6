/**
 * Serving the live build: cache and security headers, 404 page, folder URLs, attachments, and
 * that nothing outside the current build folder can be read.
 */
import { request } from 'node:http';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pointDistAt } from '../../scripts/lib/swap-dist.ts';
import { createApp } from '../../server/app.ts';
import { createSeenKeys } from '../../server/webhook/seen-keys.ts';
import { startTestServer, type TestServer } from './helpers/start-server.ts';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
	server.queue.request('test');
	await server.queue.idle();
	// Something beside dist that must never be served.
	await writeFile(join(server.site.root, 'hemmelig.txt'), 'hemmelig');
});
afterAll(() => server.stop());

const get = (path: string, init?: RequestInit) => fetch(`${server.origin}${path}`, init);

/** A request with the path sent exactly as written (fetch would resolve `..`). */
function rawGet(path: string): Promise<{ status: number; body: string; location?: string }> {
	const { hostname, port } = new URL(server.origin);
	return new Promise((done, fail) => {
		const req = request({ hostname, port, path, method: 'GET' }, (res) => {
			let body = '';
			res.on('data', (d) => (body += d));
			res.on('end', () =>
				done({
					status: res.statusCode ?? 0,
					body,
					...(res.headers.location ? { location: res.headers.location } : {}),
				}),
			);
		});
		req.on('error', fail);
		req.end();
	});
}

describe('static files', () => {
	test('every response carries the header CSP without hashes and the security headers', async () => {
		for (const path of ['/', '/finnes-ikke/', '/api/status']) {
			const { headers } = await get(path);
			expect(headers.get('content-security-policy')).toBe(
				"object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
			);
			expect(headers.get('x-content-type-options')).toBe('nosniff');
			expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		}
	});

	test.each([
		['/', 'text/html; charset=utf-8', 'no-cache'],
		['/nyheter/', 'text/html; charset=utf-8', 'no-cache'],
		['/rss.xml', 'application/xml; charset=utf-8', 'no-cache'],
		['/_astro/app.abc123.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
		['/bilder/bilde-400x300-abc.jpg', 'image/jpeg', 'public, max-age=31536000, immutable'],
		[
			'/vedlegg/abc/mal.docx',
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'public, max-age=3600',
		],
	])('%s → %s, Cache-Control %s', async (path, type, cache) => {
		const response = await get(path);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe(type);
		expect(response.headers.get('cache-control')).toBe(cache);
	});

	test('PDF attachments open inline; other attachments download under their name', async () => {
		const pdf = await get('/vedlegg/abc/dokument.pdf');
		expect(pdf.headers.get('content-disposition')).toMatch(/^inline; filename="dokument.pdf"/);
		expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
		const docx = await get('/vedlegg/abc/mal.docx');
		expect(docx.headers.get('content-disposition')).toMatch(/^attachment; filename="mal.docx"/);
	});

	test('unknown paths get the site 404 page with status 404', async () => {
		const response = await get('/nyheter/finnes-ikke/');
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('Fant ikke siden');
		expect(response.headers.get('cache-control')).toBe('no-cache');
	});

	test('a folder URL without its slash is redirected, never to another host', async () => {
		const response = await get('/nyheter', { redirect: 'manual' });
		expect(response.status).toBe(301);
		expect(response.headers.get('location')).toBe('/nyheter/');
		// `//nyheter/` would send the browser to a host called "nyheter".
		expect(await rawGet('//nyheter')).toMatchObject({ status: 301, location: '/nyheter/' });
	});

	test('revalidation with the ETag answers 304 without a body', async () => {
		const first = await get('/');
		const etag = first.headers.get('etag')!;
		const second = await get('/', { headers: { 'if-none-match': etag } });
		expect(second.status).toBe(304);
		expect(await second.text()).toBe('');
	});

	test('HEAD gives the headers without a body', async () => {
		const response = await get('/', { method: 'HEAD' });
		expect(response.status).toBe(200);
		expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
		expect(await response.text()).toBe('');
	});

	test.each([
		'/../hemmelig.txt',
		'/%2e%2e/hemmelig.txt',
		'/%2e%2e%2fhemmelig.txt',
		'/..%2f..%2fhemmelig.txt',
		'/nyheter/../../hemmelig.txt',
		'/%2e%2e/%2e%2e/reports/',
		'/..%5chemmelig.txt',
	])('never serves files outside the build: %s', async (path) => {
		const response = await rawGet(path);
		expect(response.body).not.toContain('hemmelig');
		expect([400, 404]).toContain(response.status);
	});

	test('a symlink inside the build that leads outside it is not followed', async () => {
		const build = join(server.site.root, 'dist');
		await symlink(join(server.site.root, 'hemmelig.txt'), join(build, 'lenke.txt'));
		const response = await get('/lenke.txt');
		expect(response.status).toBe(404);
		expect(await response.text()).not.toContain('hemmelig');
	});

	test('a swap of the dist symlink takes effect on the next request, without a restart', async () => {
		const other = join(server.site.root, '.builds', '20990101T000000000Z-abcd');
		await mkdir(other, { recursive: true });
		await writeFile(join(other, 'index.html'), '<h1>annet bygg</h1>');
		await pointDistAt(join(server.site.root, 'dist'), other);
		expect(await (await get('/')).text()).toContain('annet bygg');
	});

	test('other methods than GET and HEAD → 405', async () => {
		expect((await get('/', { method: 'DELETE' })).status).toBe(405);
	});
});

describe('before the first build', () => {
	test('answers 503 with a Norwegian text', async () => {
		const app = createApp({
			secret: 's',
			now: () => new Date(),
			seen: createSeenKeys(),
			log: { info: () => {}, error: () => {} },
			onPublish: () => {},
			distPath: join(server.site.root, 'finnes-ikke'),
			status: () => ({}),
		});
		const response = await app.request('/');
		expect(response.status).toBe(503);
		expect(await response.text()).toBe('Nettstedet er ikke bygget ennå.');
	});
});
