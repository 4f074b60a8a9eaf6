import { describe, expect, test } from 'vitest';
import { DEFAULT_STUDIO_URL, readPreviewConfig } from '../../../preview/config.ts';
import { ConfigError } from '../../../src/report/report.ts';

const api = { SANITY_PROJECT_ID: 'abc123', SANITY_TOKEN: 'sk-viewer' };

describe('readPreviewConfig', () => {
	test('reads drafts from the API with CDN images, for the local Studio by default', () => {
		const config = readPreviewConfig(api);
		expect(config.site.source).toMatchObject({
			mode: 'api',
			projectId: 'abc123',
			perspective: 'drafts',
			token: 'sk-viewer',
		});
		expect(config.site).toMatchObject({ preview: true, imageCdn: true });
		expect(config.studioUrl).toBe(DEFAULT_STUDIO_URL);
	});

	test('keeps a release stack, but never shows only published content', () => {
		const stack = { ...api, SANITY_PERSPECTIVE: 'rAutumn,drafts' };
		expect(readPreviewConfig(stack).site.source.perspective).toEqual(['rAutumn', 'drafts']);
		const published = { ...api, SANITY_PERSPECTIVE: 'published' };
		expect(readPreviewConfig(published).site.source.perspective).toBe('drafts');
	});

	test.each([{}, { SANITY_PROJECT_ID: 'abc123' }, { SANITY_TOKEN: 'sk-viewer' }])(
		'needs a project and a read token: %j',
		(env) => {
			expect(() => readPreviewConfig(env)).toThrow(ConfigError);
		},
	);

	test('takes the Studio address from SANITY_STUDIO_URL, and refuses one that is not http(s)', () => {
		const url = 'https://ks-trondelag.sanity.studio/';
		expect(readPreviewConfig({ ...api, SANITY_STUDIO_URL: url }).studioUrl).toBe(
			'https://ks-trondelag.sanity.studio',
		);
		expect(() => readPreviewConfig({ ...api, SANITY_STUDIO_URL: 'studio' })).toThrow(
			/SANITY_STUDIO_URL/,
		);
	});

	test('derives the session key from the token without containing it', () => {
		const a = readPreviewConfig(api).sessionKey;
		expect(a).toMatch(/^[0-9a-f]{64}$/);
		expect(a).not.toContain('sk-viewer');
		expect(readPreviewConfig({ ...api, SANITY_TOKEN: 'sk-other' }).sessionKey).not.toBe(a);
	});
});
