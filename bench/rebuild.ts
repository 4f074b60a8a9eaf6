/**
 * `node bench/rebuild.ts <publish root>`: one rebuild of the measured site through the one atomic
 * build (scripts/lib/atomic-build.ts, as `npm run build` and the publish server run it): astro build
 * into `<root>/.builds/<id>/`, the post-build steps, then `<root>/dist` points at it. The content
 * comes from the environment (SANITY_LOCAL_DATASET …). Exits with the build's exit code.
 */
import { atomicBuild } from '../scripts/lib/atomic-build.ts';
import { POST_BUILD_STEPS } from '../scripts/lib/post-build-steps.ts';
import { SITE_ASTRO, SITE_ROOT } from './generators.ts';

const root = process.argv[2];
if (!root) throw new Error('usage: node bench/rebuild.ts <publish root>');
const result = await atomicBuild({
	root,
	cwd: SITE_ROOT,
	command: [SITE_ASTRO, 'build'],
	postBuild: POST_BUILD_STEPS,
});
if (!result.ok) console.error(`build failed at ${result.step}; log: ${result.logFile}`);
process.exit(result.ok ? 0 : result.exitCode || 1);
