/**
 * `npm run build`: builds the site through the one atomic build (scripts/lib/atomic-build.ts):
 * `astro build` into `.builds/<id>/`, the post-build steps, then `dist` is pointed at it, so dist/
 * is never half-written. Extra arguments go to astro. The build output is shown here and kept in
 * `reports/build-<id>.log`. Exits with the build's exit code.
 */
import { SITE_LAYOUT } from './lib/atomic-build.ts';
import { runBuild } from './lib/run-build.ts';

await runBuild({ layout: SITE_LAYOUT, args: process.argv.slice(2) });
