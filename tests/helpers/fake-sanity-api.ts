/**
 * A stand-in for the Sanity query API on 127.0.0.1 (the real one is unreachable here): answers
 * `GET|POST /v<date>/data/query/<dataset>` by running the GROQ with groq-js over documents held in
 * memory, under the asked perspective (`raw`, `drafts` or published, as the API does). Asset URLs
 * are the Sanity CDN's, like the API's. With `stega`, text fields of the result come back
 * stega-encoded, as @sanity/client encodes them from a Content Source Map, so the live preview can
 * be tested end to end without a real project. With `cdnDocuments` a second host (`cdnUrl`, for
 * SANITY_API_CDN_HOST) answers from those documents, as the API CDN answers with an older revision
 * for a while after a publish (sanity-io/sanity#1409); `hosts` records which host each query hit.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { vercelStegaCombine } from '@vercel/stega';
import { evaluate, parse } from 'groq-js';
import { applyPerspective } from '../../src/sanity/local-source.ts';
import type { SanityDocument } from '../../src/sanity/dataset.ts';

export type FakeSanityApi = {
	url: string;
	/** The documents served (change them to simulate an edit). */
	documents: SanityDocument[];
	/** `perspective` of every query asked, in order. */
	perspectives: string[];
	/** `live` or `cdn` for every query asked, in order. */
	hosts: ('live' | 'cdn')[];
	/** The CDN host's base URL (with `cdnDocuments`). */
	cdnUrl: string | undefined;
	close: () => Promise<void>;
};

type Options = {
	documents: SanityDocument[];
	/** Encode these fields' strings with stega edit links into this Studio. */
	stega?: { fields: ReadonlySet<string>; studioUrl: string };
	/** What a second, CDN host serves (an older revision). */
	cdnDocuments?: SanityDocument[];
};

/** `file:` URLs of a local export become Sanity CDN URLs for `project`/`dataset`. */
export function withCdnUrls(docs: SanityDocument[], project: string, dataset: string) {
	return docs.map((doc) => {
		if (doc._type !== 'sanity.imageAsset' && doc._type !== 'sanity.fileAsset') return doc;
		const [kind, hash, ...rest] = doc._id.split('-');
		const ext = rest.pop();
		const name = `${hash}${rest.length ? `-${rest.join('-')}` : ''}.${ext}`;
		const folder = kind === 'image' ? 'images' : 'files';
		return { ...doc, url: `https://cdn.sanity.io/${folder}/${project}/${dataset}/${name}` };
	});
}

/**
 * Encodes every string under a field in `fields`, naming the nearest document as the source; never
 * skipped as "looks like a URL" ("UTKAST: …" parses as one), as @sanity/client encodes.
 */
function encode(value: unknown, opts: NonNullable<Options['stega']>, id = '', key = ''): unknown {
	if (typeof value === 'string')
		return opts.fields.has(key)
			? vercelStegaCombine(
					value,
					{
						origin: 'sanity.io',
						href: `${opts.studioUrl}/intent/edit/id=${id};path=${key}`,
					},
					false,
				)
			: value;
	if (Array.isArray(value)) return value.map((v) => encode(v, opts, id, key));
	if (!value || typeof value !== 'object') return value;
	const obj = value as Record<string, unknown>;
	const owner = typeof obj._id === 'string' ? obj._id : id;
	return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, encode(v, opts, owner, k)]));
}

async function readQuery(req: IncomingMessage, url: URL) {
	if (req.method === 'POST') {
		let body = '';
		for await (const chunk of req) body += chunk;
		const { query, params = {} } = JSON.parse(body) as { query: string; params?: object };
		return { query, params: params as Record<string, unknown> };
	}
	const params: Record<string, unknown> = {};
	for (const [name, value] of url.searchParams)
		if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value);
	return { query: url.searchParams.get('query') ?? '', params };
}

/** Starts the fake API; its `url` goes into SANITY_API_HOST (and `cdnUrl` into SANITY_API_CDN_HOST). */
export async function startFakeSanityApi(options: Options): Promise<FakeSanityApi> {
	const api = {
		documents: options.documents,
		perspectives: [] as string[],
		hosts: [] as ('live' | 'cdn')[],
	};
	const handler = (host: 'live' | 'cdn') => async (req: IncomingMessage, res: ServerResponse) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		if (!/^\/v[\d-]+\/data\/query\/[\w-]+$/.test(url.pathname)) {
			res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not Found"}');
			return;
		}
		const { query, params } = await readQuery(req, url);
		const perspective = url.searchParams.get('perspective') ?? 'published';
		api.perspectives.push(perspective);
		api.hosts.push(host);
		const all = host === 'cdn' ? (options.cdnDocuments ?? []) : api.documents;
		const docs =
			perspective === 'raw'
				? all
				: applyPerspective(all, perspective === 'drafts' ? 'drafts' : 'published');
		const byId = new Map(docs.map((d) => [d._id, d]));
		const tree = parse(query, { params });
		const value = await (
			await evaluate(tree, { dataset: docs, params, dereference: ({ _ref }) => byId.get(_ref) })
		).get();
		const result = options.stega && perspective !== 'raw' ? encode(value, options.stega) : value;
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ ms: 1, query, result }));
	};
	const listen = async (server: Server) => {
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	};
	const live = createServer(handler('live'));
	const cdn = options.cdnDocuments ? createServer(handler('cdn')) : undefined;
	const url = await listen(live);
	const cdnUrl = cdn ? await listen(cdn) : undefined;
	const stop = (server: Server) => new Promise<void>((done) => server.close(() => done()));
	return Object.assign(api, {
		url,
		cdnUrl,
		close: async () => {
			await stop(live);
			if (cdn) await stop(cdn);
		},
	});
}
