import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { buildCsp, hashSource } from '../../../src/site/csp.ts';

describe('hashSource', () => {
	test('is the base64 sha256 of the exact text, quoted as a CSP source', () => {
		const text = '{"@type":"WebSite"}';
		const digest = createHash('sha256').update(text).digest('base64');
		expect(hashSource(text)).toBe(`'sha256-${digest}'`);
		expect(hashSource(`${text} `)).not.toBe(hashSource(text));
	});
});

describe('buildCsp', () => {
	test('allows scripts only by hash and nothing from other origins by default', () => {
		const csp = buildCsp({ scripts: ['a'], imageOrigins: [] });
		expect(csp).toContain(`script-src ${hashSource('a')};`);
		expect(csp).toContain("img-src 'self' data:;");
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("base-uri 'self'");
		expect(csp).toContain("form-action 'self'");
		expect(csp).not.toContain('unsafe-eval');
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
	});

	test('blocks every script when a page has none, and names the CDN for images in CDN mode', () => {
		expect(buildCsp({ scripts: [], imageOrigins: [] })).toContain("script-src 'none'");
		expect(buildCsp({ scripts: [], imageOrigins: ['https://cdn.sanity.io'] })).toContain(
			"img-src 'self' data: https://cdn.sanity.io;",
		);
	});
});
