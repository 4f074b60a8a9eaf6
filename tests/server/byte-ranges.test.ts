/** Resumable downloads (issue 27, point 9): `Range` gets 206 with the part, `Accept-Ranges: bytes`. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseRange } from '../../server/http/byte-range.ts';
import { startTestServer, type TestServer } from './helpers/start-server.ts';

let server: TestServer;
beforeAll(async () => {
	server = await startTestServer();
	server.queue.request('test');
	await server.queue.idle();
});
afterAll(() => server.stop());

const PDF = '/vedlegg/abc/dokument.pdf'; // "%PDF-1.4", 8 bytes
const get = (range?: string, extra: Record<string, string> = {}) =>
	fetch(`${server.origin}${PDF}`, { headers: { ...(range ? { range } : {}), ...extra } });

describe('Range requests', () => {
	test('a whole file says Accept-Ranges: bytes', async () => {
		const response = await get();
		expect(response.status).toBe(200);
		expect(response.headers.get('accept-ranges')).toBe('bytes');
		expect(await response.text()).toBe('%PDF-1.4');
	});

	test.each([
		['bytes=0-3', 'bytes 0-3/8', '%PDF'],
		['bytes=5-', 'bytes 5-7/8', '1.4'],
		['bytes=-3', 'bytes 5-7/8', '1.4'],
		['bytes=4-100', 'bytes 4-7/8', '-1.4'],
	])('%s → 206, Content-Range %s', async (range, contentRange, body) => {
		const response = await get(range);
		expect(response.status).toBe(206);
		expect(response.headers.get('content-range')).toBe(contentRange);
		expect(response.headers.get('content-length')).toBe(String(body.length));
		expect(response.headers.get('content-disposition')).toMatch(/^inline/);
		expect(await response.text()).toBe(body);
	});

	test('a range past the end → 416 with the size', async () => {
		const response = await get('bytes=8-');
		expect(response.status).toBe(416);
		expect(response.headers.get('content-range')).toBe('bytes */8');
	});

	test('If-Range with another date sends the whole file (it changed)', async () => {
		const response = await get('bytes=0-3', { 'if-range': 'Wed, 01 Jan 2020 00:00:00 GMT' });
		expect(response.status).toBe(200);
		expect(await response.text()).toBe('%PDF-1.4');
	});

	test('If-Range with the file’s Last-Modified resumes', async () => {
		const lastModified = (await get()).headers.get('last-modified')!;
		const response = await get('bytes=4-', { 'if-range': lastModified });
		expect(response.status).toBe(206);
		expect(await response.text()).toBe('-1.4');
	});
});

describe('parseRange', () => {
	test.each([
		['bytes=0-1,3-4', null],
		['items=0-1', null],
		['bytes=5-2', null],
		['bytes=-0', 'unsatisfiable'],
	])('%s → %s', (range, expected) => {
		expect(parseRange(range, 8)).toEqual(expected);
	});
});
