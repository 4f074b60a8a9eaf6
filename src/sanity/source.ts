/**
 * The only way to Sanity content: `fetch(query, params)` over the API (@sanity/client) or a local
 * export (groq-js), under the configured perspective. The choice is made in src/config.ts.
 */
import type { SourceConfig } from '../config.ts';
import { createApiSource } from './api-source.ts';
import type { Placeholder } from './assets.ts';
import { readDataset } from './dataset.ts';
import { createLocalSource } from './local-source.ts';
import { ContentReport } from '../report/report.ts';

export type { Perspective } from '../config.ts';

export type ContentSource = {
	description: string;
	/** Where the content comes from: a local export (files on this machine) or the API. */
	kind?: 'local' | 'api';
	/** A local export's files when it was read (export-fingerprint.ts); set with worker threads. */
	fingerprint?: string;
	fetch<T = unknown>(query: string, params?: Record<string, unknown>): Promise<T>;
};

/** Creates the content source for a config (reading a local export once); DatasetError when unreadable. */
export async function createSource(
	config: SourceConfig,
	report = new ContentReport(),
	placeholder?: Placeholder,
): Promise<ContentSource> {
	if (config.mode === 'api') return createApiSource(config, { report });
	const dataset = await readDataset(config.path, report, placeholder);
	return createLocalSource(dataset, config.perspective, report);
}
