/** The Presentation tool in the Studio: the live preview server, its secret route, and the URL map. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
	postLocations,
	topicLocations,
	eventLocations,
} from '../../sanity-studio/lib/locations.ts';
import { mainDocuments, PREVIEW_MODE_ENABLE } from '../../sanity-studio/presentation.ts';

type Tool = { name: string; title: string; options: { previewUrl: unknown } };
/** The workspace's tools, from sanity.config.ts loaded fresh with `env`. */
async function tools(env: Record<string, string | undefined> = {}): Promise<Tool[]> {
	for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
	vi.resetModules();
	const { default: config } = await import('../../sanity-studio/sanity.config.ts');
	return (config as { plugins: Array<{ tools?: Tool[] }> }).plugins.flatMap((p) => p.tools ?? []);
}
afterEach(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
});

/** The route pattern of mainDocuments that matches `path` (`:slug` is one segment), and its slug. */
function match(path: string) {
	for (const doc of mainDocuments) {
		const route = String(doc.route);
		const pattern = new RegExp(`^${route.replace(':slug', '([^/]+)')}$`);
		const found = pattern.exec(path);
		if (found) return { filter: String(doc.filter), slug: found[1] };
	}
	return null;
}

describe('the Presentation tool', () => {
	test('is in the workspace, named «Presentasjon», opening the preview server on localhost:4322', async () => {
		const presentation = (await tools()).find((t) => t.name === 'presentation');
		expect(presentation?.title).toBe('Presentasjon');
		expect(presentation?.options.previewUrl).toEqual({
			initial: 'http://localhost:4322',
			previewMode: { enable: '/api/preview-mode/enable' },
		});
	});

	test('takes the preview server from SANITY_STUDIO_PREVIEW_URL', async () => {
		const env = { SANITY_STUDIO_PREVIEW_URL: 'https://forhandsvisning.example.no/' };
		const presentation = (await tools(env)).find((t) => t.name === 'presentation');
		expect(presentation?.options.previewUrl).toEqual({
			initial: 'https://forhandsvisning.example.no',
			previewMode: { enable: PREVIEW_MODE_ENABLE },
		});
	});

	test("every location's page leads back to its document (mainDocuments)", () => {
		const cases = [
			[postLocations({ title: 'A', slug: 'a' }), '_type == "post"'],
			[topicLocations({ title: 'T', slug: 't' }), '_type == "topic"'],
			[eventLocations({ title: 'E', slug: 'e' }), '_type == "event"'],
		] as const;
		for (const [state, type] of cases) {
			const [own] = state!.locations!;
			expect(match(own!.href)?.filter, own!.href).toContain(type);
		}
		expect(match('/')?.filter).toContain('siteSettings');
		expect(match('/sok/')).toBeNull();
	});
});
