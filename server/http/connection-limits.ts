/**
 * Limits that keep slow or greedy clients from holding the publish server: Node's `headersTimeout`
 * (all headers within it) and `requestTimeout` (the whole request, body included, within it) close
 * a connection that sends one byte at a time with 408, checked every `connectionsCheckingInterval`;
 * and a cap on open connections per client address closes the ones above it at once.
 * @see https://nodejs.org/api/http.html#httpcreateserveroptions-requestlistener
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export type ConnectionLimits = {
	headersTimeoutMs: number;
	requestTimeoutMs: number;
	maxConnectionsPerClient: number;
};

/** Options for http.createServer (through @hono/node-server's `serverOptions`). */
export function serverTimeouts(limits: ConnectionLimits) {
	return {
		headersTimeout: limits.headersTimeoutMs,
		requestTimeout: limits.requestTimeoutMs,
		// Node checks the two timeouts this often (default 30 s, too coarse for short limits).
		connectionsCheckingInterval: Math.max(50, Math.min(1000, limits.headersTimeoutMs / 4)),
		keepAliveTimeout: 5_000,
	};
}

/** Closes connections beyond `maxConnectionsPerClient` per remote address as they open. */
export function capConnectionsPerClient(server: Server, maxConnectionsPerClient: number): void {
	const open = new Map<string, number>();
	server.on('connection', (socket: Socket) => {
		const address = socket.remoteAddress ?? 'ukjent';
		const count = (open.get(address) ?? 0) + 1;
		if (count > maxConnectionsPerClient) return void socket.destroy();
		open.set(address, count);
		socket.once('close', () => {
			const left = (open.get(address) ?? 1) - 1;
			if (left > 0) open.set(address, left);
			else open.delete(address);
		});
	});
}
