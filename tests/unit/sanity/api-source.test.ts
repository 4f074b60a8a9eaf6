import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type ClientConfig } from '@sanity/client';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createApiSource, toClientConfig, type ApiConfig } from '../../../src/sanity/api-source.ts';
import { postsQuery } from '../../../src/sanity/queries.ts';
import { ApiError, ContentReport } from '../../../src/report/report.ts';

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
			maxRetries: 0,
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
			maxRetries: 0,
		});
	});

	test('passes a release stack and another API host through', () => {
		const config = toClientConfig({
			...drafts,
			perspective: ['rAutumn', 'drafts'],
			apiHost: 'http://127.0.0.1:9999',
		});
		expect(config).toMatchObject({
			perspective: ['rAutumn', 'drafts'],
			apiHost: 'http://127.0.0.1:9999',
			useProjectHostname: false,
			useCdn: false,
		});
	});
});

/** A stand-in for @sanity/client: records each fetch and answers from a table like the API. */
function createFakeClient(answers: Record<string, unknown>) {
	const calls: Array<{ query: string; params: unknown }> = [];
	const configs: ClientConfig[] = [];
	const makeClient = (config: ClientConfig) => {
		configs.push(config);
		return {
			fetch: (async (query: string, params?: unknown) => {
				calls.push({ query, params });
				return { query, ms: 1, result: answers[query] };
			}) as never,
		};
	};
	return { calls, configs, makeClient };
}

describe('createApiSource', () => {
	test('passes query text and params through unchanged and returns the results', async () => {
		const canned = [{ _id: 'post-1', _type: 'post', title: 'Hei' }];
		const fake = createFakeClient({ [postsQuery]: canned, '*[_id == $id][0]': { _id: 'x' } });
		const source = createApiSource(published, { makeClient: fake.makeClient });

		expect(await source.fetch(postsQuery)).toEqual(canned);
		expect(await source.fetch('*[_id == $id][0]', { id: 'x', n: 2 })).toEqual({ _id: 'x' });
		expect(fake.calls).toEqual([
			{ query: postsQuery, params: {} },
			{ query: '*[_id == $id][0]', params: { id: 'x', n: 2 } },
		]);
	});

	test('creates one client with the settings from toClientConfig', () => {
		const fake = createFakeClient({});
		const source = createApiSource(drafts, { makeClient: fake.makeClient });
		expect(fake.configs).toEqual([toClientConfig(drafts)]);
		expect(source.description).toBe('Sanity API abc123/production (drafts)');
	});

	test('normalises text in the results as a local export is, reporting the document and field', async () => {
		const report = new ContentReport();
		const fake = createFakeClient({
			q: [
				{
					_id: 'post-x',
					_type: 'post',
					title: 'Ny avtale om lærlinger\u000bi Trøndelag',
					topics: [{ _id: 't1', _type: 'topic', title: 'IA\u0008-arbeid' }],
				},
			],
		});
		const source = createApiSource(published, { makeClient: fake.makeClient, report });
		const [post] =
			await source.fetch<Array<{ title: string; topics: Array<{ title: string }> }>>('q');
		expect(post!.title).toBe('Ny avtale om lærlinger i Trøndelag');
		expect(post!.topics[0]!.title).toBe('IA-arbeid');
		expect(report.warnings.map((w) => `${w.type} ${w.id} ${w.path}`)).toEqual([
			'post post-x title',
			'topic t1 title',
		]);
	});

	test('fails at once with one clear line on a client error that retrying cannot fix', async () => {
		let calls = 0;
		const source = createApiSource(published, {
			makeClient: () => ({
				fetch: (() => {
					calls++;
					return Promise.reject(
						Object.assign(new Error('Unauthorized'), {
							statusCode: 401,
							response: { headers: {} },
						}),
					);
				}) as never,
			}),
			wait: async () => {},
		});
		await expect(source.fetch('*')).rejects.toThrow(ApiError);
		await expect(source.fetch('*')).rejects.toThrow('(HTTP 401)');
		expect(calls).toBe(2);
	});
});

describe('createApiSource with the real @sanity/client against a fake API on 127.0.0.1', () => {
	type Step = (req: IncomingMessage, res: ServerResponse) => void;
	let server: Server;
	let apiHost: string;
	let steps: Step[] = [];
	const requests: Array<{ url: URL; authorization: string | undefined }> = [];
	const ok: Step = (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		res.setHeader('Content-Type', 'application/json');
		res.end(
			JSON.stringify({
				ms: 1,
				query: url.searchParams.get('query'),
				result: [{ _id: 'post-1', slug: 'god-sommer-2023' }],
			}),
		);
	};
	const status =
		(code: number, headers: Record<string, string> = {}): Step =>
		(_req, res) => {
			res.writeHead(code, { 'Content-Type': 'application/json', ...headers });
			res.end(JSON.stringify({ error: 'feil', message: `status ${code}` }));
		};
	const malformed: Step = (_req, res) => {
		res.setHeader('Content-Type', 'application/json');
		res.end('{"ms":1,"result":[{"_id":"post-1"');
	};
	const hang: Step = () => {};

	beforeAll(async () => {
		server = createServer((req, res) => {
			requests.push({
				url: new URL(req.url ?? '/', 'http://127.0.0.1'),
				authorization: req.headers.authorization,
			});
			(steps.shift() ?? ok)(req, res);
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => {
		server.closeAllConnections();
		return new Promise<void>((done) => server.close(() => done()));
	});
	beforeEach(() => {
		requests.length = 0;
		steps = [];
	});

	/** A source against the fake API; waits are recorded, not slept. */
	const source = (config: ApiConfig = published) => {
		const waits: number[] = [];
		const src = createApiSource(
			{ ...config, apiHost },
			{
				maxRetries: 3,
				retryDelay: () => 1,
				timeoutMs: 300,
				wait: async (ms) => void waits.push(ms),
			},
		);
		return { src, waits };
	};

	test('sends the query, params and published perspective to the API without a token', async () => {
		const result = await source({ ...published, token: 'sk-read-token' }).src.fetch(
			'*[_type == "post" && slug.current == $slug]',
			{ slug: 'god-sommer-2023' },
		);
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
		await source(drafts).src.fetch('*[_type == "post"]');
		expect(requests[0]?.url.searchParams.get('perspective')).toBe('drafts');
		expect(requests[0]?.authorization).toBe('Bearer sk-read-token');
	});

	test('waits as long as Retry-After asks after a 429, then succeeds', async () => {
		steps = [status(429, { 'Retry-After': '2' })];
		const { src, waits } = source();
		expect(await src.fetch('*')).toEqual([{ _id: 'post-1', slug: 'god-sommer-2023' }]);
		expect(requests).toHaveLength(2);
		expect(waits).toEqual([2000]);
	});

	test.each([500, 502, 503, 504])('retries after HTTP %i, then succeeds', async (code) => {
		steps = [status(code), status(code)];
		const { src, waits } = source();
		expect(await src.fetch('*')).toHaveLength(1);
		expect(requests).toHaveLength(3);
		expect(waits).toHaveLength(2);
	});

	test('retries a body that is not valid JSON, then succeeds', async () => {
		steps = [malformed];
		const { src } = source();
		expect(await src.fetch('*')).toHaveLength(1);
		expect(requests).toHaveLength(2);
	});

	test('retries a request that times out, then succeeds', async () => {
		steps = [hang];
		const { src } = source();
		expect(await src.fetch('*')).toHaveLength(1);
		expect(requests).toHaveLength(2);
	});

	test('gives up after the bounded retries with one Norwegian line', async () => {
		steps = Array.from({ length: 10 }, () => status(503));
		const { src, waits } = source();
		const error = await src.fetch('*').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect((error as Error).message).toBe(
			'Sanity-API-et (abc123/production) svarte ikke etter 4 forsøk (HTTP 503); bygget er stoppet, dist/ er ikke endret.',
		);
		expect((error as Error).message).not.toContain('\n');
		expect(requests).toHaveLength(4);
		expect(waits).toHaveLength(3);
	});

	test('gives up on persistent malformed answers and timeouts too', async () => {
		steps = [malformed, hang, malformed, hang];
		const error = await source()
			.src.fetch('*')
			.catch((e: unknown) => e);
		expect((error as Error).message).toMatch(/svarte ikke etter 4 forsøk \(tidsavbrudd\)/);
	});
});

/** The real client, to show the config reaches it (no request is sent). */
test('toClientConfig is accepted by @sanity/client', () => {
	expect(() => createClient(toClientConfig(drafts))).not.toThrow();
});
