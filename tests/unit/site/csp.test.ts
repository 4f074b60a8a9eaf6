import { describe, expect, test } from 'vitest';
import { readConfig } from '../../../src/config.ts';
import { cspConfig, cspDirectives } from '../../../src/site/csp.ts';

describe('cspDirectives', () => {
	test('allows nothing from other origins, no plugins, no foreign base or form targets', () => {
		const directives = cspDirectives(readConfig({}));
		expect(directives).toContain("default-src 'self'");
		expect(directives).toContain("img-src 'self' data:");
		expect(directives).toContain("object-src 'none'");
		expect(directives).toContain("base-uri 'self'");
		expect(directives).toContain("form-action 'self'");
		expect(directives.join(';')).not.toMatch(/unsafe|https?:/);
	});

	test('names the Sanity CDN for images only in an IMAGE_CDN build from the API', () => {
		const config = readConfig({ IMAGE_CDN: '1', SANITY_PROJECT_ID: 'proj1' });
		expect(cspDirectives(config)).toContain("img-src 'self' data: https://cdn.sanity.io");
	});
});

describe('cspConfig', () => {
	test('allows inline style attributes (LQIP placeholders) but no inline style elements', () => {
		const csp = cspConfig(readConfig({}));
		expect(csp.styleDirective?.resources).toEqual([
			{ resource: "'self'", kind: 'element' },
			{ resource: "'unsafe-inline'", kind: 'attribute' },
		]);
	});

	test("names no script source, so Astro does not default script-src to 'self' (scripts run by hash)", () => {
		const csp = cspConfig(readConfig({}));
		expect(csp.scriptDirective?.resources).toEqual(["'report-sample'"]);
	});
});
