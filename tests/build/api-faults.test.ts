/**
 * Kind 13 of "Content from the field": a build from an API that keeps failing (a fake API on
 * 127.0.0.1 via SANITY_API_HOST) stops after the bounded retries with one clear line, no stack
 * trace and no output. Retries of single faults are unit-tested (tests/unit/sanity/api-source.test.ts).
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build.ts';

describe('build from an API that keeps failing (13)', () => {
	test('fails after bounded retries with one clear line, no stack trace, no output', async () => {
		let requests = 0;
		const server = createServer((_req, res) => {
			requests++;
			res.writeHead(503, { 'Content-Type': 'application/json' });
			res.end('{"error":"Service Unavailable"}');
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		try {
			const outDir = join(await mkdtemp(join(tmpdir(), 'ks-api-fail-')), 'dist');
			const result = await buildSite(
				{ SANITY_PROJECT_ID: 'abc123', SANITY_API_HOST: apiHost },
				outDir,
			);
			expect(result.exitCode).not.toBe(0);
			const lines = result.output.split('\n').filter((l) => l.includes('Sanity-API-et'));
			expect(lines).toHaveLength(1);
			expect(lines[0]).toContain(
				'Sanity-API-et (abc123/production) svarte ikke etter 5 forsøk (HTTP 503); bygget er stoppet, dist/ er ikke endret.',
			);
			expect(result.output).not.toMatch(/^\s+at /m);
			expect(requests).toBe(5);
			expect(existsSync(join(outDir, 'index.html'))).toBe(false);
		} finally {
			await new Promise<void>((done) => server.close(() => done()));
		}
	});
});
