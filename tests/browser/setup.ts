/**
 * Global setup of the browser project: builds the site once from the embedded dataset and
 * serves it on a loopback port for every test file (they run one at a time).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build.ts';
import { serveStatic } from '../helpers/serve.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		origin: string;
		outDir: string;
		/** Where the build wrote its reports (content.json, newsletter.json). */
		reportDir: string;
		/** The site's public origin (canonical links, e-mail image URLs), served from `origin`. */
		siteOrigin: string;
	}
}

export default async function setup(project: TestProject) {
	const build = await buildSite();
	if (build.exitCode !== 0) throw new Error(`astro build failed:\n${build.output}`);
	const server = await serveStatic(build.outDir);
	project.provide('origin', server.origin);
	project.provide('outDir', build.outDir);
	project.provide('reportDir', build.reportDir);
	const home = await readFile(join(build.outDir, 'index.html'), 'utf8');
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
	if (!canonical) throw new Error('the front page has no canonical link');
	project.provide('siteOrigin', new URL(canonical).origin);
	return async () => {
		await server.close();
		await rm(build.outDir, { recursive: true, force: true });
		await rm(build.reportDir, { recursive: true, force: true });
	};
}
