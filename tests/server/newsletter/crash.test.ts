/**
 * The durable outbox under a real crash: `npm run newsletter -- send` runs as a child process and
 * is killed with SIGKILL while the SMTP server holds its fourth message (before the final 250).
 * The restarted send delivers the rest, nobody twice; the one in flight is reported uncertain
 * and only an explicit --resend-uncertain sends it.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { domainToASCII } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { TEST_SECRET } from './helpers/context.ts';
import { SLUG, type NewsletterRoot } from './helpers/newsletter-root.ts';
import { startSendingSite } from './helpers/sending-site.ts';
import type { SmtpSink } from './helpers/smtp-sink.ts';

const CLI = resolve(import.meta.dirname, '../../../server/newsletter/cli.ts');
let site: NewsletterRoot;
let sink: SmtpSink;

beforeEach(async () => {
	({ site, sink } = await startSendingSite());
});
afterEach(async () => {
	await sink.close();
	await site.remove();
});

type Run = { code: number | null; signal: NodeJS.Signals | null; out: string; kill: () => void };
function send(args: string[] = []): { done: Promise<Run>; kill: () => void } {
	const child = spawn(process.execPath, [CLI, 'send', SLUG, ...args], {
		env: {
			PATH: process.env.PATH,
			PUBLISH_ROOT: site.root,
			NEWSLETTER_DB: join(site.root, 'data', 'newsletter.sqlite'),
			SMTP_URL: sink.url,
			NEWSLETTER_FROM: 'nyhetsbrev@example.no',
			NEWSLETTER_SECRET: TEST_SECRET,
			NEWSLETTER_RATE: '0',
			NEWSLETTER_CONNECTIONS: '1',
		},
	});
	let out = '';
	child.stdout.on('data', (d: Buffer) => (out += d));
	child.stderr.on('data', (d: Buffer) => (out += d));
	const kill = () => child.kill('SIGKILL');
	const done = new Promise<Run>((ok) =>
		child.on('exit', (code, signal) => ok({ code, signal, out, kill })),
	);
	return { done, kill };
}
const delivered = () =>
	sink.received.map((m) => m.to[0]!.replace(/@(.+)$/, (_, d: string) => `@${domainToASCII(d)}`));

test('a send killed with SIGKILL midway resumes without duplicates; the one in flight is uncertain', async () => {
	const first = send();
	let inFlight = '';
	sink.beforeAccept = async (message, index) => {
		if (index !== 3) return 'accept';
		inFlight = message.to[0]!;
		first.kill();
		await first.done;
		return 'drop';
	};
	const killed = await first.done;
	expect(killed.signal).toBe('SIGKILL');
	expect(delivered()).toHaveLength(3);
	sink.beforeAccept = async () => 'accept';

	const second = await send().done;
	expect(second.code).toBe(0);
	expect(second.out).toContain('1 meldinger kan ha blitt levert før et avbrudd');
	expect(second.out).toContain('7 sendt, 0 avvist, 0 feilet, 1 usikre, 0 igjen i kø.');
	const afterRestart = delivered();
	expect(afterRestart).toHaveLength(7);
	expect(new Set(afterRestart).size).toBe(7);
	expect(afterRestart).not.toContain(inFlight);

	const third = await send(['--resend-uncertain']).done;
	expect(third.code).toBe(0);
	expect(delivered()).toHaveLength(8);
	expect(new Set(delivered()).size).toBe(8);
	expect(third.out).not.toContain('@example.no');
});
