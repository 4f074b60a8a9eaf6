/**
 * `npm run preview:drafts`: the drafts preview, built like the site but as its own output:
 * `dist-preview` → `.builds-preview/<id>/` (scripts/lib/atomic-build.ts PREVIEW_LAYOUT), reports in
 * `reports/preview/`. It reads the drafts perspective (local `drafts.` documents, or the API with
 * SANITY_TOKEN), unless SANITY_PERSPECTIVE already names content releases ("rAutumn,drafts").
 * Every page is noindex with a banner; no feeds, sitemap, search index or e-mail files
 * (docs/preview.md). Extra arguments go to astro.
 */
import { PREVIEW_LAYOUT } from './lib/atomic-build.ts';
import { runBuild } from './lib/run-build.ts';

const perspective = process.env.SANITY_PERSPECTIVE?.trim();
const env = {
	...process.env,
	SANITY_PERSPECTIVE: perspective && perspective !== 'published' ? perspective : 'drafts',
};
await runBuild({ layout: PREVIEW_LAYOUT, env, args: process.argv.slice(2) });
