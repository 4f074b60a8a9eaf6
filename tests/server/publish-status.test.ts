/**
 * What the editor sees of a publish (issue 27, point 6), through the publish server with the fake
 * build and a fake Sanity client: «Venter på bygg» when the webhook arrives, «Publisert» with the
 * time and the content report's warnings after the swap, «Bygget feilet: <one line>» when the build
 * fails, and the site status; reports/status.json always holds the same. The webhook's `_rev` is
 * handed to the build.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeStatusClient, type FakeStatusClient } from './helpers/fake-status-client.ts';
import { signedHeaders } from './helpers/publish-root.ts';
import { SECRET, startTestServer, type TestServer } from './helpers/start-server.ts';

const STATUS_TOKEN = 'sk-status-hemmelig-0123';
let server: TestServer | undefined;
let client: FakeStatusClient;
afterEach(async () => {
	await server?.stop();
	server = undefined;
});

async function start(failWith?: string) {
	client = fakeStatusClient(failWith);
	server = await startTestServer(
		{ SANITY_PROJECT_ID: 'abc123', SANITY_STATUS_TOKEN: STATUS_TOKEN },
		0,
		[],
		{ statusClient: () => client },
	);
	return server;
}

async function publish(s: TestServer, doc: Record<string, string>) {
	const body = JSON.stringify(doc);
	const response = await fetch(`${s.origin}/api/rebuild`, {
		method: 'POST',
		headers: await signedHeaders(body, SECRET),
		body,
	});
	expect(response.status).toBe(202);
}

const statusFile = async (s: TestServer) =>
	JSON.parse(await readFile(join(s.site.root, 'reports', 'status.json'), 'utf8'));

describe('the publish part of a post’s status', () => {
	test('waiting on the webhook, live with time and warnings after the swap', async () => {
		const s = await start();
		await publish(s, { _id: 'test-1', _type: 'post', _rev: 'rev-2', slug: 'ny-sak' });
		// Written beside the answer, not before it (a slow Sanity must not hold up the webhook).
		await vi.waitFor(() =>
			expect(client.documents.get('status.test-1')?.publish).toMatchObject({ state: 'waiting' }),
		);
		await s.idle();
		const publishPart = client.documents.get('status.test-1')?.publish;
		expect(publishPart).toMatchObject({
			state: 'live',
			message: expect.stringMatching(/^Bygg \d{8}T/),
			warnings: ['[sanity] post "test-1" → excerpt: for lang, kuttet'],
		});
		expect(client.documents.get('status.site')?.site).toMatchObject({ state: 'live' });
		expect((await statusFile(s)).posts['test-1'].publish).toEqual(publishPart);
		// The build was told which revision it must see.
		const handed = await readFile(join(s.site.root, 'reports', 'revisions.json'), 'utf8');
		expect(JSON.parse(handed)).toEqual({ 'test-1': 'rev-2' });
	});

	test('a failed build: one line for the editor, the post turns live with the next good build', async () => {
		const s = await start();
		await writeFile(s.site.mode, 'fail');
		await publish(s, { _id: 'test-1', _type: 'post', _rev: 'rev-2' });
		await s.idle();
		expect(client.documents.get('status.test-1')?.publish).toMatchObject({
			state: 'failed',
			message: 'Bygget feilet: [sanity] Datasettet kan ikke leses: test',
		});
		expect(client.documents.get('status.site')?.site).toMatchObject({
			state: 'failed',
			message: 'Bygget feilet: [sanity] Datasettet kan ikke leses: test',
		});
		await writeFile(s.site.mode, 'ok');
		await publish(s, { _id: 'annen', _type: 'topic' });
		await s.idle();
		expect(client.documents.get('status.test-1')?.publish).toMatchObject({ state: 'live' });
		expect(client.documents.has('status.annen')).toBe(false);
	});

	test('a Sanity write that fails is logged in one line without the token; the file still gets it', async () => {
		const s = await start(`401 Unauthorized (token ${STATUS_TOKEN})`);
		await publish(s, { _id: 'test-1', _type: 'post' });
		await s.idle();
		expect(s.logs).toContain('FEIL Kunne ikke skrive status: 401 Unauthorized (token ***)');
		expect(s.logs.join('\n')).not.toContain(STATUS_TOKEN);
		expect((await statusFile(s)).posts['test-1'].publish.state).toBe('live');
	});
});
