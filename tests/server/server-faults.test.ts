/**
 * The publish server under faults (issue 27, point 9), in-process with fake builds: SIGTERM's
 * close() stops a hung build within seconds, the build time limit is reported to the editor, a
 * build refused for another process's lock runs when the lock frees, a killed build's folder is
 * cleaned at start, a full disk fails a build in one line while the old site is served, slow
 * clients are cut off, and one client cannot hold more than its share of connections.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { atomicBuild } from '../../scripts/lib/atomic-build.ts';
import { buildIdAt } from '../../scripts/lib/build-id.ts';
import { readServerConfig } from '../../server/config.ts';
import { startPublishServer } from '../../server/publish-server.ts';
import { manualTimers } from './helpers/manual-timers.ts';
import { makePublishRoot, signedHeaders } from './helpers/publish-root.ts';
import { SECRET, startTestServer, type TestServer } from './helpers/start-server.ts';

const HANG = join(import.meta.dirname, 'helpers', 'hang-build.mjs');
let server: TestServer | undefined;
afterEach(async () => {
	await server?.stop();
	server = undefined;
});

async function publish(s: TestServer, id = 'test-1') {
	const body = JSON.stringify({ _id: id, _type: 'post' });
	await fetch(`${s.origin}/api/rebuild`, {
		method: 'POST',
		headers: await signedHeaders(body, SECRET),
		body,
	});
}
const pidsOf = async (file: string) => {
	await vi.waitFor(async () => expect(await readFile(file, 'utf8')).toContain(' '), {
		timeout: 10_000,
	});
	return (await readFile(file, 'utf8')).split(' ').map(Number);
};
const gone = async (pid: number) => {
	const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
	return stat === '' || stat.split(') ')[1]?.[0] === 'Z';
};

describe('a hung build', () => {
	test('close() (SIGTERM) kills it with its workers; the old site stays', async () => {
		const pids = join('/tmp', `ks-hang-${process.pid}-${Date.now()}.txt`);
		server = await startTestServer({}, 0, [], {}, [process.execPath, HANG, '--pids', pids]);
		await publish(server);
		const [leader, worker] = await pidsOf(pids);
		await server.close();
		await vi.waitFor(async () => expect((await gone(leader!)) && (await gone(worker!))).toBe(true));
		expect(await readFile(join(server.site.root, 'dist', 'index.html'), 'utf8')).toBe(
			'<h1>startside</h1>',
		);
		server = undefined;
	});

	test('passing BUILD_TIMEOUT_MS: killed, logged and shown to the editor in one line', async () => {
		const pids = join('/tmp', `ks-hang-${process.pid}-${Date.now()}.txt`);
		server = await startTestServer({ BUILD_TIMEOUT_MS: '5000' }, 0, [], {}, [
			process.execPath,
			HANG,
			'--pids',
			pids,
		]);
		await publish(server);
		await pidsOf(pids);
		await server.idle();
		const line = 'Bygget ble stoppet etter 5 s (BUILD_TIMEOUT_MS); nettstedet er uendret.';
		expect(server.logs).toContain(`FEIL ${line}`);
		const status = JSON.parse(
			await readFile(join(server.site.root, 'reports', 'status.json'), 'utf8'),
		);
		expect(status.posts['test-1'].publish).toMatchObject({ state: 'failed', message: line });
	});
});

describe('a server killed during a build', () => {
	test('at the next start the half-written folder is removed before it can take a rollback slot', async () => {
		const site = await makePublishRoot();
		try {
			const live = await atomicBuild({ root: site.root, command: site.command() });
			const killed = join(site.root, '.builds', buildIdAt(new Date(Date.now() + 1000)));
			await mkdir(join(killed, 'nyheter'), { recursive: true });
			const logs: string[] = [];
			const started = await startPublishServer(
				readServerConfig({ SANITY_WEBHOOK_SECRET: SECRET, PORT: '0', PUBLISH_ROOT: site.root }),
				{
					command: site.command(),
					postBuild: [],
					schedulerTimers: manualTimers(new Date()),
					log: { info: (m) => logs.push(m), error: (m) => logs.push(`FEIL ${m}`) },
				},
			);
			await started.close();
			expect(await readdir(join(site.root, '.builds'))).toEqual([live.id]);
			expect(logs).toContain(
				`Ryddet uferdige bygg fra en tidligere stans: ${killed.split('/').at(-1)}.`,
			);
		} finally {
			await site.remove();
		}
	});
});

describe('a full disk', () => {
	test('a build failing with ENOSPC is one line; the server keeps serving the previous site', async () => {
		server = await startTestServer();
		await writeFile(server.site.mode, 'full');
		await publish(server);
		await server.idle();
		const line =
			'Disken er full (ENOSPC); nettstedet er uendret. Frigjør plass og publiser på nytt.';
		expect(server.logs).toContain(`FEIL ${line}`);
		const page = await fetch(`${server.origin}/`);
		expect(page.status).toBe(200);
		expect(await page.text()).toBe('<h1>startside</h1>');
	});
});

describe('a build refused for the lock', () => {
	test('runs when the lock frees', async () => {
		server = await startTestServer({ BUILD_LOCK_RETRY_MS: '200' });
		const lock = join(server.site.root, '.builds', '.lock');
		await mkdir(join(server.site.root, '.builds'), { recursive: true });
		await writeFile(lock, String(process.pid)); // a live process holds it
		await publish(server);
		await vi.waitFor(() =>
			expect(server!.logs.some((l) => l.startsWith('En annen prosess bygger'))).toBe(true),
		);
		expect(await server.site.builds()).toBe(0);
		await writeFile(lock, '999999999'); // the holder is gone
		await vi.waitFor(async () => expect(await server!.site.builds()).toBe(1), { timeout: 10_000 });
		await server.idle();
		expect(await readFile(join(server.site.root, 'dist', 'index.html'), 'utf8')).toContain(
			'bygg 1',
		);
	});
});

describe('slow and greedy clients', () => {
	const open = (s: TestServer) =>
		new Promise<Socket>((done) => {
			const url = new URL(s.origin);
			const socket = connect(Number(url.port), url.hostname, () => done(socket));
			socket.on('error', () => undefined); // a reset from the server is what some tests expect
		});
	const closed = (socket: Socket) =>
		new Promise<string>((done) => {
			let data = '';
			socket.on('data', (d) => (data += d));
			socket.on('close', () => done(data));
		});

	test('headers sent one byte at a time are cut off after HTTP_HEADERS_TIMEOUT_MS', async () => {
		server = await startTestServer({ HTTP_HEADERS_TIMEOUT_MS: '300' });
		const socket = await open(server);
		socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
		const answer = await closed(socket);
		expect(answer).toMatch(/^HTTP\/1\.1 408/);
	});

	test('a body sent one byte at a time is cut off after HTTP_REQUEST_TIMEOUT_MS', async () => {
		server = await startTestServer({
			HTTP_REQUEST_TIMEOUT_MS: '400',
			HTTP_HEADERS_TIMEOUT_MS: '300',
		});
		const socket = await open(server);
		socket.write('POST /api/rebuild HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{');
		const drip = setInterval(() => socket.writable && socket.write(' '), 50);
		const answer = await closed(socket);
		clearInterval(drip);
		expect(answer).toMatch(/^HTTP\/1\.1 408/);
	});

	test('connections beyond HTTP_MAX_CONNECTIONS_PER_CLIENT are closed at once', async () => {
		server = await startTestServer({ HTTP_MAX_CONNECTIONS_PER_CLIENT: '3' });
		const sockets = await Promise.all([1, 2, 3, 4].map(() => open(server!)));
		const fourth = closed(sockets[3]!);
		expect(await fourth).toBe('');
		const third = sockets[2]!;
		third.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
		expect(await closed(third)).toMatch(/^HTTP\/1\.1 200/);
		for (const socket of sockets) socket.destroy();
	});
});
