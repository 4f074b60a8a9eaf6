/**
 * Global setup of the build project: builds the embedded seed dataset once for the test files that
 * check it (site pages, site outputs), so splitting them by topic costs no extra build.
 */
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { buildSite, type BuildResult } from '../helpers/build.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The seed build: its output folder, its report folder, the build log and the exit code. */
		seedBuild: Pick<BuildResult, 'outDir' | 'reportDir' | 'output' | 'exitCode'>;
	}
}

export default async function setup(project: TestProject) {
	const build = await buildSite();
	project.provide('seedBuild', {
		outDir: build.outDir,
		reportDir: build.reportDir,
		output: build.output,
		exitCode: build.exitCode,
	});
	return async () => {
		await rm(build.outDir, { recursive: true, force: true });
		await rm(build.reportDir, { recursive: true, force: true });
	};
}
