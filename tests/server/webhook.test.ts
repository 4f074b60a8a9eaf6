/**
 * The webhook end to end on a loopback port: signature, age, idempotency and size checks, then a
 * debounced build with the fake build command that replaces the served site.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { signedHeaders } from './helpers/publish-root.ts';
import { SECRET, startTestServer, type TestServer } from './helpers/start-server.ts';

const BODY = JSON.stringify({ _id: 'post-1', _type: 'post', slug: 'god-sommer-2026' });
let server: TestServer;
afterEach(() => server?.stop());

const post = (headers: Record<string, string>, body = BODY) =>
	fetch(`${server.origin}/api/rebuild`, { method: 'POST', headers, body });

async function waitUntilBuilding() {
	for (let i = 0; i < 200 && !server.queue.state().building; i++)
		await new Promise((done) => setTimeout(done, 25));
	expect(server.queue.state().building).toBe(true);
}

describe('POST /api/rebuild', () => {
	test('a signed call is accepted with 202 and gives one build that is served at once', async () => {
		server = await startTestServer();
		const response = await post(await signedHeaders(BODY, SECRET));
		expect(response.status).toBe(202);
		await server.queue.idle();
		expect(await server.site.builds()).toBe(1);
		expect(await (await fetch(`${server.origin}/`)).text()).toContain('bygg 1');
		expect(server.logs).toContain('Publisering mottatt: post «god-sommer-2026».');
		expect(server.logs.some((l) => l.includes('[sanity] Innholdsrapport'))).toBe(true);
	});

	test.each([
		['no signature', async () => ({ 'content-type': 'application/json' })],
		['a signature made with another secret', () => signedHeaders(BODY, 'feil-hemmelighet')],
		['a malformed signature', async () => ({ 'sanity-webhook-signature': 't=abc,v1=xyz' })],
		[
			'a signature older than five minutes',
			() => signedHeaders(BODY, SECRET, Date.now() - 6 * 60_000),
		],
	])('%s → 401, a short body and no build', async (_, headers) => {
		server = await startTestServer();
		const response = await post(await headers());
		expect(response.status).toBe(401);
		expect(await response.text()).toBe('Ikke autorisert.');
		expect(server.queue.state()).toMatchObject({ waiting: false, building: false });
		await server.queue.idle();
		expect(await server.site.builds()).toBe(0);
	});

	test('a signature over another body → 401 (the body is checked byte for byte)', async () => {
		server = await startTestServer();
		const response = await post(
			await signedHeaders(BODY, SECRET),
			BODY.replace('post-1', 'post-2'),
		);
		expect(response.status).toBe(401);
		expect(server.queue.state().waiting).toBe(false);
	});

	test('a repeated idempotency key → 200 and no second build', async () => {
		server = await startTestServer();
		const headers = { ...(await signedHeaders(BODY, SECRET)), 'idempotency-key': 'levering-1' };
		expect((await post(headers)).status).toBe(202);
		const again = await post(headers);
		expect(again.status).toBe(200);
		expect(await again.text()).toBe('Allerede mottatt.');
		await server.queue.idle();
		expect(await server.site.builds()).toBe(1);
	});

	test('a body over 64 KB → 413 before any check, with or without Content-Length', async () => {
		server = await startTestServer();
		const big = JSON.stringify({ _id: 'x', padding: 'a'.repeat(70_000) });
		expect((await post(await signedHeaders(big, SECRET), big)).status).toBe(413);
		const stream = new ReadableStream({
			start(controller) {
				for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('a'.repeat(8000)));
				controller.close();
			},
		});
		const chunked = await fetch(`${server.origin}/api/rebuild`, {
			method: 'POST',
			headers: await signedHeaders(big, SECRET),
			body: stream,
			duplex: 'half',
		} as RequestInit);
		expect(chunked.status).toBe(413);
		expect(await server.site.builds()).toBe(0);
	});

	test('other methods → 405 with Allow: POST', async () => {
		server = await startTestServer();
		const response = await fetch(`${server.origin}/api/rebuild`);
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('POST');
	});

	test('a burst of publishes gives one build', async () => {
		server = await startTestServer({ BUILD_DEBOUNCE_MS: '1000' });
		const calls = Array.from({ length: 5 }, async (_, i) => {
			const body = JSON.stringify({ _id: `post-${i}`, _type: 'post' });
			return (await post(await signedHeaders(body, SECRET), body)).status;
		});
		expect(await Promise.all(calls)).toEqual([202, 202, 202, 202, 202]);
		await server.queue.idle();
		expect(await server.site.builds()).toBe(1);
	});

	test('publishes during a build queue exactly one more build', async () => {
		server = await startTestServer({ BUILD_DEBOUNCE_MS: '50' }, 1500);
		expect((await post(await signedHeaders(BODY, SECRET))).status).toBe(202);
		await waitUntilBuilding();
		for (let i = 0; i < 3; i++)
			expect((await post(await signedHeaders(BODY, SECRET))).status).toBe(202);
		await server.queue.idle();
		expect(await server.site.builds()).toBe(2);
		expect(await (await fetch(`${server.origin}/`)).text()).toContain('bygg 2');
	});

	test('a failing build keeps the old site served and logs the failure with the report', async () => {
		server = await startTestServer();
		await post(await signedHeaders(BODY, SECRET));
		await server.queue.idle();
		await writeFile(server.site.mode, 'fail');
		await post(await signedHeaders(BODY, SECRET));
		await server.queue.idle();
		expect(await server.site.builds()).toBe(2);
		const page = await fetch(`${server.origin}/`);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('bygg 1');
		expect(server.logs.some((l) => l.startsWith('FEIL Bygget feilet (build, kode 1)'))).toBe(true);
		expect(server.logs.some((l) => l.includes('[sanity] Datasettet kan ikke leses: test'))).toBe(
			true,
		);
		// The first build's folder, and the plain dist/ the test started with, moved aside.
		const folders = (await readdir(join(server.site.root, '.builds'))).filter(
			(n) => !n.startsWith('.'),
		);
		expect(folders.filter((n) => !n.endsWith('-migrert'))).toHaveLength(1);
		const status = (await (await fetch(`${server.origin}/api/status`)).json()) as {
			lastBuild: { ok: boolean; failedStep: string };
		};
		expect(status.lastBuild).toMatchObject({ ok: false, failedStep: 'build' });
	});
});

describe('GET /api/status', () => {
	test('reports the queue and the last build, never the secret', async () => {
		server = await startTestServer();
		await post(await signedHeaders(BODY, SECRET));
		await server.queue.idle();
		const response = await fetch(`${server.origin}/api/status`);
		const text = await response.text();
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(JSON.parse(text)).toMatchObject({
			building: false,
			lastBuild: { ok: true, reasons: ['post «god-sommer-2026»'] },
		});
		expect(text).not.toContain(SECRET);
	});
});
