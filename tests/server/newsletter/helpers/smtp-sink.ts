/**
 * A real SMTP server in the test process (smtp-server on 127.0.0.1, an ephemeral port): records
 * each accepted message's raw source; `reject(rcpt, attempt)` can answer RCPT TO with a code
 * (550 bounce, 421 try later), `beforeAccept` can act before the final 250 (kill the sender).
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type Received = { from: string; to: string[]; raw: string };
export type SmtpSink = {
	url: string;
	port: number;
	received: Received[];
	/** RCPT TO attempts per address (lower-cased). */
	attempts: Map<string, number>;
	reject: (rcpt: string, attempt: number) => { code: number; message: string } | null;
	beforeAccept: (message: Received, index: number) => Promise<'accept' | 'drop'>;
	close(): Promise<void>;
};

/** Starts the sink; `close()` stops it. */
export async function startSmtpSink(): Promise<SmtpSink> {
	const sink: SmtpSink = {
		url: '',
		port: 0,
		received: [],
		attempts: new Map(),
		reject: () => null,
		beforeAccept: async () => 'accept',
		close: async () => {},
	};
	let seen = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		size: 30 * 1024 * 1024,
		onRcptTo(address, _session, callback) {
			const key = address.address.toLowerCase();
			const attempt = (sink.attempts.get(key) ?? 0) + 1;
			sink.attempts.set(key, attempt);
			const refusal = sink.reject(key, attempt);
			if (!refusal) return callback();
			const error = Object.assign(new Error(refusal.message), { responseCode: refusal.code });
			callback(error);
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				const message: Received = {
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((r) => r.address),
					raw: Buffer.concat(chunks).toString('utf8'),
				};
				void sink.beforeAccept(message, seen++).then((what) => {
					if (what === 'drop') return callback(new Error('dropped'));
					sink.received.push(message);
					callback();
				});
			});
		},
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	sink.port = (server.server.address() as AddressInfo).port;
	sink.url = `smtp://127.0.0.1:${sink.port}`;
	sink.close = () => new Promise((done) => server.close(() => done()));
	return sink;
}
