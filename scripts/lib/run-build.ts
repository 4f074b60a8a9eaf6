/**
 * The command-line side of the atomic build, shared by `npm run build` and `npm run
 * preview:drafts`: runs astro build through atomicBuild with the post-build steps, shows the
 * output, and exits with the build's code and one Norwegian line on failure.
 */
import { join, relative } from 'node:path';
import { atomicBuild, type BuildLayout } from './atomic-build.ts';
import { LockedError } from './file-lock.ts';
import { POST_BUILD_STEPS } from './post-build-steps.ts';
import { PROJECT_ROOT } from './project-root.ts';

/** Builds `layout` with `env` (extra `args` go to astro); exits the process on failure. */
export async function runBuild(opts: {
	layout: BuildLayout;
	env?: NodeJS.ProcessEnv;
	args?: readonly string[];
}): Promise<void> {
	const root = PROJECT_ROOT;
	const astro = join(root, 'node_modules', '.bin', 'astro');
	try {
		const result = await atomicBuild({
			root,
			layout: opts.layout,
			command: [astro, 'build', ...(opts.args ?? [])],
			postBuild: POST_BUILD_STEPS,
			...(opts.env ? { env: opts.env } : {}),
			echo: true,
		});
		if (!result.ok) {
			const log = relative(root, result.logFile);
			console.error(`\nBygget feilet; ${opts.layout.link}/ er ikke endret. Logg: ${log}`);
			process.exit(result.exitCode);
		}
		console.log(`${opts.layout.link}/ er oppdatert.`);
	} catch (error) {
		if (!(error instanceof LockedError)) throw error;
		console.error(`Bygget ble ikke startet: ${error.message}`);
		process.exit(1);
	}
}
