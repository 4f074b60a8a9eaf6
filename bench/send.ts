/**
 * The send line of `npm run bench` (issue 28): the real `npm run newsletter -- send` in its own
 * process, delivering the real Debattheft e-mail edition to N fictional subscribers
 * (`bench-00001@example.no` …) through a local SMTP sink (smtp-server in this process, discarding
 * the data). Measures wall time from spawn to exit (queueing included), messages per second and
 * the sender's peak RSS; checks that the sink got exactly N messages. `--send-only` runs it alone.
 * Targets: ≥ 200 messages/s, ≤ 300 MiB.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { openDb, transaction } from '../server/newsletter/db.ts';
import type { Manifest } from '../server/newsletter/manifest.ts';
import { insertSubscriber } from '../server/newsletter/subscribers.ts';
import { ROOT } from './generators.ts';
import { measure } from './measure.ts';
import { BenchError } from './timed-build.ts';

export const SEND_TARGETS = { messagesPerSecond: 200, peakRssMiB: 300 } as const;
const SLUG = 'debattheftet-2021';

export type SendResult = {
	recipients: number;
	wallMs: number;
	messagesPerSecond: number;
	peakRssBytes: number;
	connections: number;
};

/**
 * The arguments after `node` in package.json's `newsletter` script (its V8 flags included), so the
 * bench runs exactly what `npm run newsletter` runs.
 */
async function newsletterScript(): Promise<string[]> {
	const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
	const [node, ...args] = String(pkg.scripts.newsletter).split(/\s+/);
	if (node !== 'node')
		throw new BenchError(`package.json: the newsletter script must start with node`);
	return args.map((a) => (a.endsWith('.ts') ? join(ROOT, a) : a));
}

/** A publish root with the live edition, the build's list and N active subscribers. */
async function prepare(dir: string, recipients: number): Promise<string> {
	const build = join(dir, '.builds', 'b1');
	await mkdir(join(build, 'nyheter', SLUG), { recursive: true });
	await promisify(execFile)(
		process.execPath,
		['scripts/email.ts', SLUG, '--out', join(build, 'nyheter', SLUG)],
		{ cwd: ROOT },
	);
	for (const ext of ['html', 'txt'])
		await writeFile(
			join(build, 'nyheter', SLUG, `epost.${ext}`),
			await readFile(join(build, 'nyheter', SLUG, `${SLUG}.${ext}`)),
		);
	await symlink(build, join(dir, 'dist'));
	const manifest: Manifest = {
		version: 1,
		outDir: build,
		siteUrl: 'https://trondelag.example.no',
		senderName: 'KS Trøndelag',
		unsubscribePlaceholder: '{{unsubscribe_url}}',
		audiences: [
			{
				_id: 'alle',
				slug: 'alle',
				title: 'Alle',
				roles: [],
				municipalities: [],
				allMunicipalities: true,
				topics: [],
			},
		],
		posts: [
			{
				_id: 'post-debattheft-2021',
				slug: SLUG,
				title: 'Debattheftet 2021',
				url: `https://trondelag.example.no/nyheter/${SLUG}/`,
				publishedAt: new Date().toISOString(),
				send: true,
				audiences: ['alle'],
				subject: null,
				replyTo: { name: 'Kari Nordvik', email: 'kari.nordvik@example.no' },
				html: `nyheter/${SLUG}/epost.html`,
				text: `nyheter/${SLUG}/epost.txt`,
				attachments: [],
			},
		],
	};
	await mkdir(join(dir, 'reports'));
	await writeFile(join(dir, 'reports', 'newsletter.json'), JSON.stringify(manifest));
	const db = openDb(join(dir, 'newsletter.sqlite'));
	const meta = {
		status: 'active',
		basis: 'role',
		source: 'bench',
		consentVersion: null,
		consentAt: null,
	} as const;
	const now = new Date();
	transaction(db, () => {
		for (let i = 1; i <= recipients; i++)
			insertSubscriber(
				db,
				{ email: `bench-${String(i).padStart(5, '0')}@example.no`, roles: ['hr-leder'] },
				meta,
				now,
			);
	});
	db.close();
	return join(dir, 'newsletter.sqlite');
}

/** Sends to `recipients` subscribers through a local sink and measures the sender. */
export async function benchSend(
	recipients: number,
	work: string,
	sampleMs: number,
	say: (line: string) => void,
): Promise<SendResult> {
	const dir = join(work, 'send');
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	say(`send: preparing ${recipients} subscribers and the Debattheft edition`);
	const dbPath = await prepare(dir, recipients);
	let received = 0;
	const sink = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, _session, callback) {
			stream.on('end', () => (received++, callback()));
			stream.resume();
		},
	});
	await new Promise<void>((done) => sink.listen(0, '127.0.0.1', done));
	const connections = 5;
	try {
		say(`send: ${recipients} messages to a local SMTP sink`);
		const m = await measure(
			{
				command: process.execPath,
				args: [...(await newsletterScript()), 'send', SLUG],
				cwd: ROOT,
				env: {
					PUBLISH_ROOT: dir,
					NEWSLETTER_DB: dbPath,
					SMTP_URL: `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}`,
					NEWSLETTER_FROM: 'nyhetsbrev@example.no',
					NEWSLETTER_SECRET: 'bench-hemmelighet',
					NEWSLETTER_RATE: '0',
					NEWSLETTER_CONNECTIONS: String(connections),
				},
			},
			join(dir, 'send.log'),
			sampleMs,
		);
		if (m.exitCode !== 0 || received !== recipients)
			throw new BenchError(
				`send: exit ${m.exitCode}, ${received} of ${recipients} messages arrived (log: ${m.logFile})`,
			);
		return {
			recipients,
			wallMs: m.wallMs,
			messagesPerSecond: Math.round((recipients / m.wallMs) * 1000),
			peakRssBytes: m.peakRssBytes,
			connections,
		};
	} finally {
		await new Promise<void>((done) => sink.close(() => done()));
	}
}

/** The send line with its targets. */
export function sendLine(r: SendResult): string {
	const mib = Math.round(r.peakRssBytes / 1024 ** 2);
	const met = (ok: boolean) => (ok ? 'met' : '**missed**');
	return (
		`- send: ${r.recipients} recipients to a local SMTP sink (${r.connections} connections): ${r.messagesPerSecond} messages/s (target ≥ ${SEND_TARGETS.messagesPerSecond}): ${met(r.messagesPerSecond >= SEND_TARGETS.messagesPerSecond)}; ` +
		`${mib} MiB peak RSS (target ≤ ${SEND_TARGETS.peakRssMiB} MiB): ${met(mib <= SEND_TARGETS.peakRssMiB)}`
	);
}
