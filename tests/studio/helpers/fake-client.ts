/**
 * A stand-in for the Studio's client: `fetch` runs GROQ through groq-js over a fixed set of
 * documents, so validators that query (slug uniqueness, initial values) really run.
 */
import { evaluate, parse } from 'groq-js';
import type { StudioDocument } from './seed.ts';

export type FakeClient = {
	fetch: <T = unknown>(query: string, params?: Record<string, unknown>) => Promise<T>;
	withConfig: (config?: unknown) => FakeClient;
	config: () => Record<string, unknown>;
};

/** Creates a client whose queries see exactly `documents`. */
export function createFakeClient(documents: StudioDocument[]): FakeClient {
	const byId = new Map(documents.map((document) => [document._id, document]));
	const client: FakeClient = {
		async fetch<T>(query: string, params: Record<string, unknown> = {}) {
			const result = await evaluate(parse(query, { params }), {
				dataset: documents,
				params,
				dereference: async ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null,
			});
			return (await result.get()) as T;
		},
		withConfig: () => client,
		config: () => ({
			apiVersion: '2025-02-19',
			projectId: 'test',
			dataset: 'test',
			url: 'https://test.api.sanity.io/v2025-02-19',
		}),
	};
	return client;
}
