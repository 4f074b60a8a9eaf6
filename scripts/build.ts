/**
 * `npm run build`: builds the site through the one atomic build (scripts/lib/atomic-build.ts):
 * `astro build` into `.builds/<id>/`, the post-build steps, then `dist` is pointed at it, so dist/
 * is never half-written. Extra arguments go to astro. The build output is shown here and kept in
 * `reports/build-<id>.log`. Exits with the build's exit code.
 */
import { join, relative, resolve } from 'node:path';
import { atomicBuild } from './lib/atomic-build.ts';
import { LockedError } from './lib/file-lock.ts';
import { POST_BUILD_STEPS } from './lib/post-build-steps.ts';

const root = resolve(import.meta.dirname, '..');
const astro = join(root, 'node_modules', '.bin', 'astro');

try {
	const result = await atomicBuild({
		root,
		command: [astro, 'build', ...process.argv.slice(2)],
		postBuild: POST_BUILD_STEPS,
		echo: true,
	});
	if (!result.ok) {
		console.error(`\nBygget feilet; dist/ er ikke endret. Logg: ${relative(root, result.logFile)}`);
		process.exit(result.exitCode);
	}
	console.log('dist/ er oppdatert.');
} catch (error) {
	if (!(error instanceof LockedError)) throw error;
	console.error(`Bygget ble ikke startet: ${error.message}`);
	process.exit(1);
}
