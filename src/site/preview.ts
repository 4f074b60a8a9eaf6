/**
 * What a preview build (config.preview: drafts or content releases, DESIGN.md "dist-preview/")
 * leaves out, in one place. Feeds (RSS, JSON Feed, the Facebook feed, the events calendar) and
 * e-mail files (editions, digests) serve readers, tools and mailings of the published site, so a
 * preview must never offer them: a tool that found one would post or send unpublished text. The
 * sitemap and the search index are left out in astro.config.mjs, robots.txt disallows everything.
 */
import type { APIRoute } from 'astro';
import { buildConfig } from '../build-state.ts';

/** True when this build is a preview (decided once, in src/config.ts). */
export const isPreview = (): boolean => buildConfig().preview;

/** The paths of a dynamic route in production; none in a preview. */
export async function productionPaths<T>(paths: () => Promise<T[]>): Promise<T[]> {
	return isPreview() ? [] : paths();
}

/**
 * A static route that exists only in production. In a preview it answers without a body, and
 * Astro writes no file for a prerendered response without one (astro/dist/core/build/generate.js,
 * `if (!response.body) return null`; the preview build test checks the files are absent).
 */
export function productionRoute(route: APIRoute): APIRoute {
	return (context) => (isPreview() ? new Response(null, { status: 404 }) : route(context));
}
