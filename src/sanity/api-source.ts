/** Reads from the Sanity API with @sanity/client (CDN for published content, token only for drafts). */
import { createClient, type ClientConfig, type SanityClient } from '@sanity/client';
import type { ApiSourceConfig } from '../config.ts';
import type { ContentSource } from './source.ts';

export type ApiConfig = Omit<ApiSourceConfig, 'mode'>;

type ClientLike = Pick<SanityClient, 'fetch'>;

/** The client settings for a config: CDN and no token for published builds, a token for drafts. */
export function toClientConfig(config: ApiConfig): ClientConfig {
	const drafts = config.perspective === 'drafts';
	return {
		projectId: config.projectId,
		dataset: config.dataset,
		apiVersion: config.apiVersion,
		useCdn: !drafts,
		perspective: drafts ? 'drafts' : 'published',
		...(drafts && config.token ? { token: config.token } : {}),
	};
}

export function createApiSource(
	config: ApiConfig,
	makeClient: (c: ClientConfig) => ClientLike = createClient,
): ContentSource {
	const client = makeClient(toClientConfig(config));
	return {
		description: `Sanity API ${config.projectId}/${config.dataset} (${config.perspective})`,
		fetch<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
			return client.fetch<T>(query, params);
		},
	};
}
