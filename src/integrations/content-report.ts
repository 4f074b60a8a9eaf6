/**
 * Two build-time jobs around the content store:
 * - before the build, check that the configured dataset can be read at all, and stop with one clear
 *   message (no stack trace) when it cannot;
 * - after the build, print the content report (skipped documents and fallbacks, naming `_id` and
 *   field) as one block. content.ts leaves the report on globalThis under a shared symbol.
 */
import type { AstroIntegration } from 'astro';
import { readDocuments } from '../sanity/dataset.ts';
import { CONTENT_REPORT_KEY, ContentReport, DatasetError } from '../sanity/messages.ts';
import { readSourceConfig } from '../sanity/source.ts';

async function preflight(): Promise<string | null> {
	try {
		const config = readSourceConfig(process.env);
		if (config.mode === 'local') await readDocuments(config.path, new ContentReport());
		return null;
	} catch (e) {
		if (e instanceof DatasetError) return e.message;
		throw e;
	}
}

export default function contentReport(): AstroIntegration {
	return {
		name: 'ks-content-report',
		hooks: {
			'astro:config:setup': async ({ command, logger }) => {
				if (command !== 'build') return;
				const problem = await preflight();
				if (!problem) return;
				logger.error(`[sanity] ${problem}`);
				process.exit(1);
			},
			'astro:build:done': ({ logger }) => {
				const report = (globalThis as Record<symbol, { format(): string } | undefined>)[
					CONTENT_REPORT_KEY
				];
				const text = report?.format();
				if (text) logger.warn(`\n${text}`);
				else logger.info('[sanity] Innholdsrapport: ingen feil eller advarsler.');
			},
		},
	};
}
