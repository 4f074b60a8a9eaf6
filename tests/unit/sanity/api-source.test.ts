import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type ClientConfig } from '@sanity/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApiSource, toClientConfig, type ApiConfig } from '../../../src/sanity/api-source.ts';
import { postsQuery } from '../../../src/sanity/queries.ts';

const published: ApiConfig = {
	projectId: 'abc123',
	dataset: 'production',
	apiVersion: '2025-02-19',
	perspective: 'published',
};
const drafts: ApiConfig = { ...published, perspective: 'drafts', token: 'sk-read-token' };

describe('toClientConfig', () => {
	test('uses the CDN, the published perspective and no token for published builds', () => {
		expect(toClientConfig({ ...published, token: 'sk-read-token' })).toEqual({
			projectId: 'abc123',
			dataset: 'production',
			apiVersion: '2025-02-19',
			useCdn: true,
			perspective: 'published',
		});
	});

	test('uses the token and skips the CDN for drafts builds', () => {
		expect(toClientConfig(drafts)).toEqual({
			projectId: 'abc123',
			dataset: 'production',
			apiVersion: '2025-02-19',
			useCdn: false,
			perspective: 'drafts',
			token: 'sk-read-token',
		});
	});
});

/** A stand-in for @sanity/client: records each fetch and answers from a table. */
function createFakeClient(answers: Record<string, unknown>) {
	const calls: Array<{ query: string; params: unknown }> = [];
	const configs: ClientConfig[] = [];
	const makeClient = (config: ClientConfig) => {
		configs.push(config);
		return {
			fetch: (async (query: string, params?: unknown) => {
				calls.push({ query, params });
				return answers[query];
			}) as never,
		};
	};
	return { calls, configs, makeClient };
}

describe('createApiSource', () => {
	test('passes query text and params through unchanged and returns the results', async () => {
		const canned = [{ _id: 'post-1', title: 'Hei' }];
		const fake = createFakeClient({ [postsQuery]: canned, '*[_id == $id][0]': { _id: 'x' } });
		const source = createApiSource(published, fake.makeClient);

		expect(await source.fetch(postsQuery)).toBe(canned);
		expect(await source.fetch('*[_id == $id][0]', { id: 'x', n: 2 })).toEqual({ _id: 'x' });
		expect(fake.calls).toEqual([
			{ query: postsQuery, params: {} },
			{ query: '*[_id == $id][0]', params: { id: 'x', n: 2 } },
		]);
	});

	test('creates one client with the settings from toClientConfig', () => {
		const fake = createFakeClient({});
		const source = createApiSource(drafts, fake.makeClient);
		expect(fake.configs).toEqual([toClientConfig(drafts)]);
		expect(source.description).toBe('Sanity API abc123/production (drafts)');
	});

	test('passes errors from the client on', async () => {
		const source = createApiSource(published, () => ({
			fetch: (() =>
				Promise.reject(new Error('Request error while attempting to reach the API'))) as never,
		}));
		await expect(source.fetch('*')).rejects.toThrow('Request error');
	});
});

describe('createApiSource with the real @sanity/client', () => {
	let server: Server;
	let apiHost: string;
	const requests: Array<{ url: URL; authorization: string | undefined }> = [];

	beforeAll(async () => {
		server = createServer((req: IncomingMessage, res) => {
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			requests.push({ url, authorization: req.headers.authorization });
			res.setHeader('Content-Type', 'application/json');
			res.end(
				JSON.stringify({
					ms: 1,
					query: url.searchParams.get('query'),
					result: [{ _id: 'post-1', slug: 'god-sommer-2023' }],
				}),
			);
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((done) => server.close(() => done())));

	const makeClient = (config: ClientConfig) =>
		createClient({ ...config, apiHost, useProjectHostname: false });

	test('sends the query, params and published perspective to the API without a token', async () => {
		requests.length = 0;
		const source = createApiSource({ ...published, token: 'sk-read-token' }, makeClient);
		const result = await source.fetch('*[_type == "post" && slug.current == $slug]', {
			slug: 'god-sommer-2023',
		});

		expect(result).toEqual([{ _id: 'post-1', slug: 'god-sommer-2023' }]);
		expect(requests).toHaveLength(1);
		const { url, authorization } = requests[0]!;
		expect(url.pathname).toBe('/v2025-02-19/data/query/production');
		expect(url.searchParams.get('query')).toBe('*[_type == "post" && slug.current == $slug]');
		expect(url.searchParams.get('$slug')).toBe('"god-sommer-2023"');
		expect(url.searchParams.get('perspective')).toBe('published');
		expect(authorization).toBeUndefined();
	});

	test('sends the token and the drafts perspective for drafts builds', async () => {
		requests.length = 0;
		await createApiSource(drafts, makeClient).fetch('*[_type == "post"]');
		expect(requests[0]?.url.searchParams.get('perspective')).toBe('drafts');
		expect(requests[0]?.authorization).toBe('Bearer sk-read-token');
	});
});
