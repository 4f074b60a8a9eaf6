/**
 * Two build-time jobs around the content store:
 * - before the build, read the configured source once (the store reuses it), decide the public
 *   site URL and hand it to Astro as `site`, and stop with one clear message (no stack trace)
 *   when the configuration or the dataset cannot be used;
 * - after the build, print the content report (skipped documents and fallbacks, naming `_id` and
 *   field) as one block.
 */
import type { AstroIntegration } from 'astro';
import { buildState } from '../build-state.ts';
import { contentSource, siteUrl } from '../content/source.ts';
import { reportMessages } from '../sanity/messages.ts';
import { FatalBuildError } from '../sanity/report.ts';

/** Reads the source and decides the site URL; returns the URL, or the message of a fatal fault. */
export async function preflight(): Promise<{ site: string } | { problem: string }> {
	try {
		await contentSource();
		return { site: await siteUrl() };
	} catch (e) {
		if (e instanceof FatalBuildError) return { problem: e.message };
		throw e;
	}
}

export default function contentReport(): AstroIntegration {
	return {
		name: 'ks-content-report',
		hooks: {
			'astro:config:setup': async ({ command, logger, updateConfig }) => {
				if (command !== 'build') return;
				const result = await preflight();
				if ('site' in result) return void updateConfig({ site: result.site });
				logger.error(`[sanity] ${result.problem}`);
				process.exit(1);
			},
			'astro:build:done': ({ logger }) => {
				const text = buildState().report.format();
				if (text) logger.warn(`\n${text}`);
				else logger.info(reportMessages.clean);
			},
		},
	};
}
