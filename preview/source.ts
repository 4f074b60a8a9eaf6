/**
 * The live preview's content source: the site's one API source (src/sanity/api-source.ts:
 * retries, text normalisation) with a client that encodes stega, only here. The client for the
 * preview-URL secret is the same client without stega.
 */
import { createClient, type ClientConfig, type SanityClient } from '@sanity/client';
import { createApiSource, toClientConfig } from '../src/sanity/api-source.ts';
import type { ContentReport } from '../src/report/report.ts';
import type { ContentSource } from '../src/sanity/source.ts';
import type { PreviewConfig } from './config.ts';
import { stegaFilter } from './stega.ts';

/** The client settings of the preview: drafts, no CDN, the read token, stega with edit links. */
export function previewClientConfig(config: PreviewConfig): ClientConfig {
	return {
		...toClientConfig(config.site.source),
		token: config.site.source.token,
		useCdn: false,
		stega: { enabled: true, studioUrl: config.studioUrl, filter: stegaFilter },
	};
}

/**
 * Limits of the preview's API calls: an editor waits for the page, so a hanging API must give an
 * answer (the 503 notice) within about 15 s, not the build's five 30 s attempts (158 s measured).
 * Worst case: (maxRetries + 1) × timeoutMs + maxRetries × retryDelayMs.
 */
export const PREVIEW_API_LIMITS = { timeoutMs: 6_000, maxRetries: 1, retryDelayMs: 500 } as const;

/** The content source of one preview request (stega-encoded text). */
export function previewSource(
	config: PreviewConfig,
	report: ContentReport,
	limits: { timeoutMs: number; maxRetries: number; retryDelayMs: number } = PREVIEW_API_LIMITS,
): ContentSource {
	return createApiSource(config.site.source, {
		report,
		makeClient: () => createClient(previewClientConfig(config)),
		timeoutMs: limits.timeoutMs,
		maxRetries: limits.maxRetries,
		retryDelay: () => limits.retryDelayMs,
	});
}

/** A client with the read token and no stega, to check the Presentation tool's secret. */
export function secretClient(config: PreviewConfig): SanityClient {
	return createClient({ ...previewClientConfig(config), stega: false });
}
