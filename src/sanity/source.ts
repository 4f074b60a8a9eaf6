/**
 * The only way to Sanity content: `fetch(query, params)`. Decides API vs local export, the
 * perspective and the API version from the environment (see README "Environment").
 */
import { DEFAULT_API_VERSION, DEFAULT_DATASET_PATH } from '../consts.ts';
import { createApiSource, type ApiConfig } from './api-source.ts';
import { readDataset } from './dataset.ts';
import { createLocalSource } from './local-source.ts';
import { ContentReport, DatasetError } from './messages.ts';

export type Perspective = 'published' | 'drafts';

export type ContentSource = {
	description: string;
	fetch<T = unknown>(query: string, params?: Record<string, unknown>): Promise<T>;
};

export type SourceConfig =
	({ mode: 'api' } & ApiConfig) | { mode: 'local'; path: string; perspective: Perspective };

type Env = Record<string, string | undefined>;

/** Reads the source settings from environment variables; throws a readable error on bad values. */
export function readSourceConfig(env: Env): SourceConfig {
	const perspective = env.SANITY_PERSPECTIVE?.trim() || 'published';
	if (perspective !== 'published' && perspective !== 'drafts') {
		throw new DatasetError(
			`SANITY_PERSPECTIVE må være "published" eller "drafts", ikke "${perspective}".`,
		);
	}
	const projectId = env.SANITY_PROJECT_ID?.trim();
	if (!projectId)
		return {
			mode: 'local',
			path: env.SANITY_LOCAL_DATASET?.trim() || DEFAULT_DATASET_PATH,
			perspective,
		};
	if (!/^[a-z0-9-]+$/.test(projectId))
		throw new DatasetError(`SANITY_PROJECT_ID "${projectId}" er ugyldig (bare a–z, 0–9 og -).`);
	const token = env.SANITY_TOKEN?.trim() || undefined;
	if (perspective === 'drafts' && !token)
		throw new DatasetError(
			'SANITY_PERSPECTIVE=drafts krever SANITY_TOKEN (et lesetoken fra sanity.io/manage).',
		);
	return {
		mode: 'api',
		projectId,
		dataset: env.SANITY_DATASET?.trim() || 'production',
		apiVersion: env.SANITY_API_VERSION?.trim() || DEFAULT_API_VERSION,
		perspective,
		token,
	};
}

/** Creates the content source for a config (reading a local export once). */
export async function createSource(
	config: SourceConfig,
	report = new ContentReport(),
): Promise<ContentSource> {
	if (config.mode === 'api') return createApiSource(config);
	return createLocalSource(await readDataset(config.path, report), config.perspective);
}
