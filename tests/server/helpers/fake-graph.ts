/**
 * A fake Facebook Graph API on a loopback port: records each `POST /{version}/{page}/feed` with
 * its form fields and answers from a script of replies (then success with a new post id).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type GraphReply = { status: number; body: unknown; headers?: Record<string, string> };
export type GraphRequest = { method: string; path: string; form: Record<string, string> };

export type FakeGraph = {
	/** Graph base URL with a version, as FACEBOOK_GRAPH_URL. */
	url: string;
	requests: GraphRequest[];
	close: () => Promise<void>;
};

/** Error body as the Graph API sends it. */
export const graphError = (code: number, message = 'Feil fra Facebook') => ({
	error: { message, type: 'OAuthException', code, fbtrace_id: 'Atest' },
});

/** Starts the fake; `replies` are used in order, one per request. */
export async function startFakeGraph(replies: GraphReply[] = []): Promise<FakeGraph> {
	const requests: GraphRequest[] = [];
	const script = [...replies];
	const server = createServer((req, res) => {
		let body = '';
		req.on('data', (d) => (body += d));
		req.on('end', () => {
			requests.push({
				method: req.method ?? '',
				path: req.url ?? '',
				form: Object.fromEntries(new URLSearchParams(body)),
			});
			const reply = script.shift() ?? {
				status: 200,
				body: { id: `111_${requests.length}` },
			};
			res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
			res.end(JSON.stringify(reply.body));
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/v26.0`,
		requests,
		close: () => new Promise((done) => server.close(() => done())),
	};
}

/** A loopback URL where nothing listens (a port that was just freed). */
export async function closedPortUrl(): Promise<string> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	await new Promise((done) => server.close(done));
	return `http://127.0.0.1:${port}/v26.0`;
}
