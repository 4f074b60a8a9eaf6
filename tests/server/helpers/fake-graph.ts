/**
 * A fake Facebook Graph API on a loopback port. `POST /{version}/{page}/feed` is recorded with its
 * form fields and answered from a script: replies in order, or a function of the request (to refuse
 * one link and rate-limit another); with neither, success with a new post id. A created post is
 * listed by `GET /{version}/{page}/posts` (id and link, newest first), as the Page shows it. A reply
 * with `create` makes the post first and then answers with its status, or with `reset` drops the
 * connection: Facebook has the post, the poster does not know.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type GraphReply = {
	status: number;
	body: unknown;
	headers?: Record<string, string>;
	/** Create the post before answering (a lost or failed answer after Facebook made it). */
	create?: boolean;
	/** Destroy the socket instead of answering. */
	reset?: boolean;
};
export type GraphRequest = {
	method: string;
	path: string;
	form: Record<string, string>;
	authorization?: string;
};
export type Script = GraphReply[] | ((request: GraphRequest) => GraphReply | undefined);

export type FakeGraph = {
	/** Graph base URL with a version, as FACEBOOK_GRAPH_URL. */
	url: string;
	requests: GraphRequest[];
	/** Posts on the Page, oldest first. */
	posts: { id: string; link: string }[];
	close: () => Promise<void>;
};

/** Error body as the Graph API sends it. */
export const graphError = (code: number, message = 'Feil fra Facebook') => ({
	error: { message, type: 'OAuthException', code, fbtrace_id: 'Atest' },
});

/** Starts the fake; `script` answers the `POST …/feed` requests. */
export async function startFakeGraph(script: Script = []): Promise<FakeGraph> {
	const requests: GraphRequest[] = [];
	const posts: FakeGraph['posts'] = [];
	const queue = Array.isArray(script) ? [...script] : [];
	const next = (request: GraphRequest) =>
		(Array.isArray(script) ? queue.shift() : script(request)) ?? {
			status: 200,
			body: {},
			create: true,
		};
	const server = createServer((req, res) => {
		let body = '';
		req.on('data', (d) => (body += d));
		req.on('end', () => {
			const request: GraphRequest = {
				method: req.method ?? '',
				path: req.url ?? '',
				form: Object.fromEntries(new URLSearchParams(body)),
				...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
			};
			requests.push(request);
			res.setHeader('content-type', 'application/json');
			if (request.method === 'GET' && /\/posts\?/.test(request.path)) {
				res.end(JSON.stringify({ data: [...posts].reverse() }));
				return;
			}
			const reply = next(request);
			if (reply.create) {
				const id = `111_${posts.length + 1}`;
				posts.push({ id, link: request.form.link ?? '' });
				if (reply.status === 200) reply.body = { id };
			}
			if (reply.reset) return void req.socket.destroy();
			res.writeHead(reply.status, reply.headers);
			res.end(JSON.stringify(reply.body));
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/v26.0`,
		requests,
		posts,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
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
