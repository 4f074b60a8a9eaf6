/**
 * Prints the content report (skipped documents and fallbacks, naming `_id` and field) as one block
 * at the end of `astro build`. content.ts leaves the report on globalThis under a shared symbol.
 */
import type { AstroIntegration } from 'astro';

const REPORT_KEY = Symbol.for('ks.sanity.contentReport');

export default function contentReport(): AstroIntegration {
	return {
		name: 'ks-content-report',
		hooks: {
			'astro:build:done': ({ logger }) => {
				const report = (globalThis as Record<symbol, { format(): string } | undefined>)[REPORT_KEY];
				const text = report?.format();
				if (text) logger.warn(`\n${text}`);
				else logger.info('[sanity] Innholdsrapport: ingen feil eller advarsler.');
			},
		},
	};
}
