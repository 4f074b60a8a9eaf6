/**
 * The live preview's source: the one API source with a client that encodes stega from the API's
 * Content Source Map (a fake API on 127.0.0.1 answers with one), only for the fields the filter
 * allows; the secret client has no stega.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { vercelStegaDecode } from '@vercel/stega';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPreviewConfig } from '../../../preview/config.ts';
import {
	PREVIEW_API_LIMITS,
	previewClientConfig,
	previewSource,
	secretClient,
} from '../../../preview/source.ts';
import { stegaFilter } from '../../../preview/stega.ts';
import { ApiError, ContentReport } from '../../../src/report/report.ts';

const STUDIO = 'https://studio.example.no';
const result = {
	title: 'Høstmøtet',
	kind: 'news',
	slug: 'hostmote',
	body: [{ _type: 'block', style: 'normal', children: [{ text: 'Brødtekst', marks: ['strong'] }] }],
};
const value = (path: number) => ({
	type: 'value',
	source: { type: 'documentValue', document: 0, path },
});
/** The Content Source Map the API sends with `resultSourceMap` (Sanity docs, "Content Source Maps"). */
const resultSourceMap = {
	documents: [{ _id: 'drafts.post-hostmote', _type: 'post' }],
	paths: ["$['title']", "$['kind']", "$['slug']['current']", "$['body']"],
	mappings: {
		"$['title']": value(0),
		"$['kind']": value(1),
		"$['slug']": value(2),
		"$['body']": value(3),
	},
};

let server: Server;
let apiHost = '';
const asked: URL[] = [];
beforeAll(async () => {
	server = createServer((req, res) => {
		asked.push(new URL(req.url ?? '/', 'http://127.0.0.1'));
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ ms: 1, query: 'q', result, resultSourceMap }));
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const config = () =>
	readPreviewConfig({
		SANITY_PROJECT_ID: 'abc123',
		SANITY_TOKEN: 'sk-viewer',
		SANITY_API_HOST: apiHost,
		SANITY_STUDIO_URL: STUDIO,
	});

describe('the live preview source', () => {
	test('asks for drafts with the token, without the CDN, with stega for the Studio', () => {
		expect(previewClientConfig(config())).toMatchObject({
			perspective: 'drafts',
			token: 'sk-viewer',
			useCdn: false,
			stega: { enabled: true, studioUrl: STUDIO, filter: stegaFilter },
		});
		expect(secretClient(config()).config().stega.enabled).toBe(false);
	});

	test('encodes text fields with an edit link to the document, and leaves values alone', async () => {
		const got = await previewSource(config(), new ContentReport()).fetch<typeof result>('*[0]');
		expect(asked.at(-1)?.searchParams.get('resultSourceMap')).toBe('withKeyArraySelector');
		const link = vercelStegaDecode<{ origin: string; href: string }>(got.title);
		expect(link?.origin).toBe('sanity.io');
		expect(link?.href).toContain(STUDIO);
		expect(link?.href).toContain('post-hostmote');
		expect(vercelStegaDecode(got.body[0]!.children[0]!.text)).toBeTruthy();
		expect([got.kind, got.slug, got.body[0]!.style]).toEqual(['news', 'hostmote', 'normal']);
		expect(got.body[0]!.children[0]!.marks).toEqual(['strong']);
	});

	test('a hanging API gives up after the preview’s limits, with one line', async () => {
		const hanging = createServer(() => undefined); // never answers
		await new Promise<void>((done) => hanging.listen(0, '127.0.0.1', done));
		try {
			const slow = readPreviewConfig({
				SANITY_PROJECT_ID: 'abc123',
				SANITY_TOKEN: 'sk-viewer',
				SANITY_API_HOST: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`,
			});
			const limits = { timeoutMs: 150, maxRetries: 1, retryDelayMs: 10 };
			const error = await previewSource(slow, new ContentReport(), limits)
				.fetch('*[0]')
				.catch((e: unknown) => e);
			expect(error).toBeInstanceOf(ApiError);
			expect((error as Error).message).toMatch(/svarte ikke etter 2 forsøk \(tidsavbrudd\)/);
		} finally {
			hanging.closeAllConnections();
			await new Promise<void>((done) => hanging.close(() => done()));
		}
	});

	test('the preview’s limits answer within 15 s in the worst case (the build’s take 158 s)', () => {
		const { timeoutMs, maxRetries, retryDelayMs } = PREVIEW_API_LIMITS;
		expect((maxRetries + 1) * timeoutMs + maxRetries * retryDelayMs).toBeLessThanOrEqual(15_000);
	});
});
