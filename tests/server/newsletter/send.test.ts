import { generateKeyPairSync } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { domainToASCII } from 'node:url';
import { authenticate } from 'mailauth';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCommand, type CommandOptions } from '../../../server/newsletter/commands.ts';
import { importCsv } from '../../../server/newsletter/import.ts';
import { messageId } from '../../../server/newsletter/message.ts';
import { newsletterRoutes } from '../../../server/newsletter/routes.ts';
import { findByEmail } from '../../../server/newsletter/subscribers.ts';
import { testContext } from './helpers/context.ts';
import {
	makeNewsletterRoot,
	POST_ID,
	ROLE_LIST,
	SLUG,
	type NewsletterRoot,
} from './helpers/newsletter-root.ts';
import { startSmtpSink, type SmtpSink } from './helpers/smtp-sink.ts';

const HR = [
	'hr.trondheim@example.no',
	'hr.heim@example.no',
	'hr.orkland@example.no',
	'HR.Steinkjer@example.no',
	'hr.fylket@example.no',
	'hr.roros@example.no',
	'hr.hitra@example.no',
	'hr@xn--snsa-roa.example.no',
];

let site: NewsletterRoot;
let sink: SmtpSink;
let t: ReturnType<typeof testContext> | undefined;

const setup = async (env: Record<string, string> = {}) => {
	t?.ctx.db.close();
	t = testContext(site.root, { SMTP_URL: sink.url, ...env });
	importCsv(t.ctx.db, await readFile(ROLE_LIST), { file: 'liste.csv', now: new Date() });
	return t;
};
const ctx = () => t!;
const run = (command: string, args: string[], opts: Partial<CommandOptions> = {}) =>
	runCommand(ctx().ctx, command, args, {
		dryRun: false,
		resendUncertain: false,
		audiences: [],
		to: [],
		readFile: async (path) => ({ bytes: await readFile(path), name: 'x.csv' }),
		...opts,
	});
// nodemailer writes an IDN domain as U-labels when the server offers SMTPUTF8 (RFC 6531)
const ascii = (a: string) => a.replace(/@(.+)$/, (_, d: string) => `@${domainToASCII(d)}`);
const recipients = () => sink.received.flatMap((m) => m.to.map(ascii)).sort();
const parsed = () => Promise.all(sink.received.map((m) => simpleParser(m.raw)));
const header = (mail: ParsedMail, name: string) =>
	(mail.headerLines.find((h) => h.key === name)?.line ?? '').replace(/\r?\n(?=[ \t])/g, '');

beforeEach(async () => {
	site = await makeNewsletterRoot();
	sink = await startSmtpSink();
	await setup();
});
afterEach(async () => {
	t?.ctx.db.close();
	t = undefined;
	await sink.close();
	await site.remove();
});

describe('send the Debattheft edition to the HR audience', () => {
	test('exactly one message per HR leader, none to mayors or chief executives', async () => {
		expect(await run('send', [SLUG])).toBe(true);
		expect(recipients()).toEqual([...HR].sort());
		expect(ctx().lines).toContain(
			'8 mottakere i kø for «debattheftet-2021» (hver adresse én gang).',
		);
		expect(ctx().lines.at(-1)).toBe('8 sendt, 0 avvist, 0 feilet, 0 usikre, 0 igjen i kø.');
		expect(ctx().status.snapshot().posts[POST_ID]?.newsletter).toMatchObject({
			state: 'sent',
			sent: 8,
			queued: 0,
			bounced: 0,
		});
		expect(JSON.stringify(ctx().status.snapshot())).not.toContain('@example.no');
		// a second send queues nobody new: nobody gets it twice
		expect(await run('send', [SLUG])).toBe(true);
		expect(sink.received).toHaveLength(8);
	});

	test('each message: the edition with its own unsubscribe link, and the list headers', async () => {
		await run('send', [SLUG]);
		const mails = await parsed();
		const links = new Set<string>();
		for (const [i, mail] of mails.entries()) {
			const to = ascii(sink.received[i]!.to[0]!);
			expect(sink.received[i]!.raw).not.toMatch(/\{\{[^}]*\}\}/);
			expect(mail.from?.value[0]).toEqual({
				name: 'KS Trøndelag',
				address: 'nyhetsbrev@example.no',
			});
			expect(mail.replyTo?.value[0]).toEqual({
				name: 'Kari Nordvik',
				address: 'kari.nordvik@example.no',
			});
			expect(mail.subject).toBe('Debattheft 2021 - KS spør');
			expect(mail.messageId).toBe(messageId(POST_ID, to, 'nyhetsbrev@example.no'));
			expect(mail.date).toBeInstanceOf(Date);
			expect(mail.html).toContain('Debattheftet 2021');
			expect(mail.text).toContain('Debattheftet 2021');
			const link = /href="(https:\/\/trondelag\.example\.no\/avmeld\/[^"]+)"/.exec(
				String(mail.html),
			)?.[1];
			expect(link).toBeDefined();
			expect(mail.text).toContain(link);
			links.add(link!);
			expect(header(mail, 'list-unsubscribe')).toBe(
				`List-Unsubscribe: <${link}>, <mailto:nyhetsbrev@example.no?subject=${encodeURIComponent(`avmeld ${link!.split('/').at(-1)}`)}>`,
			);
			expect(header(mail, 'list-unsubscribe-post')).toBe(
				'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
			);
			expect(header(mail, 'list-id')).toBe(
				'List-ID: =?UTF-8?Q?KS_Tr=C3=B8ndelag?= <nyhetsbrev.trondelag.example.no>',
			);
			expect(
				String(
					mail.headers.get('content-type') &&
						(mail.headers.get('content-type') as { value: string }).value,
				),
			).toBe('multipart/alternative');
			expect(mail.attachments).toHaveLength(0);
		}
		expect(links.size).toBe(8);
	});

	test('with DKIM configured, mailauth verifies the signature, which covers both list headers', async () => {
		const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
		const keyFile = join(site.root, 'dkim.pem');
		await writeFile(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
		await setup({
			DKIM_DOMAIN: 'example.no',
			DKIM_SELECTOR: 'nyhetsbrev',
			DKIM_PRIVATE_KEY_FILE: keyFile,
		});
		await run('send', [SLUG]);
		const p = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
		const resolver = async (name: string, type: string) => {
			if (name === 'nyhetsbrev._domainkey.example.no' && type === 'TXT')
				return [[`v=DKIM1; k=rsa; p=${p}`]];
			throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
		};
		const result = await authenticate(sink.received[0]!.raw, {
			resolver,
			trustReceived: false,
			disableArc: true,
		} as never);
		const dkim = result.dkim.results[0]!;
		expect(dkim.status.result).toBe('pass');
		const signed = String(dkim.signingHeaders?.keys ?? '')
			.toLowerCase()
			.split(': ')
			.join(':');
		expect(signed).toContain('list-unsubscribe');
		expect(signed).toContain('list-unsubscribe-post');
	});

	test('a one-click POST unsubscribes, and the next send skips that address', async () => {
		await run('send', [SLUG]);
		const mail = (await parsed()).find((_, i) => sink.received[i]!.to[0] === 'hr.heim@example.no')!;
		const url = new URL(/<(https:[^>]+)>/.exec(header(mail, 'list-unsubscribe'))![1]!);
		const app = newsletterRoutes(ctx().ctx);
		const res = await app.request(url.pathname, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'List-Unsubscribe=One-Click',
		});
		expect(res.status).toBe(200);
		expect(await res.text()).toBe('Avmeldt.');
		expect(findByEmail(ctx().ctx.db, 'hr.heim@example.no')?.status).toBe('unsubscribed');
		expect(ctx().status.snapshot().audiences?.['audience-hr']?.count).toBe(7);
		// a new post to the same audience: seven messages, none to the one who left
		sink.received.length = 0;
		site.manifest.posts[0]!._id = 'post-debattheft-2021-b';
		await writeFile(join(site.root, 'reports', 'newsletter.json'), JSON.stringify(site.manifest));
		expect(await run('send', [SLUG])).toBe(true);
		expect(recipients()).toEqual(HR.filter((a) => a !== 'hr.heim@example.no').sort());
		// a forged token does nothing
		const forged = await app.request(`${url.pathname.slice(0, -3)}AAA`, {
			method: 'POST',
			body: 'List-Unsubscribe=One-Click',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
		});
		expect(forged.status).toBe(400);
	});

	test('a 550 for one address bounces it while the rest are delivered', async () => {
		sink.reject = (rcpt) =>
			rcpt === 'hr.hitra@example.no' ? { code: 550, message: '5.1.1 Mailbox unavailable' } : null;
		expect(await run('send', [SLUG])).toBe(true);
		expect(recipients()).toEqual(HR.filter((a) => a !== 'hr.hitra@example.no').sort());
		expect(findByEmail(ctx().ctx.db, 'hr.hitra@example.no')).toMatchObject({ status: 'bounced' });
		expect(ctx().lines.at(-1)).toBe('7 sendt, 1 avvist, 0 feilet, 0 usikre, 0 igjen i kø.');
		expect(ctx().status.snapshot().posts[POST_ID]?.newsletter).toMatchObject({
			sent: 7,
			bounced: 1,
		});
	});

	test('a 421 for a while is retried until the server takes it', async () => {
		sink.reject = (rcpt, attempt) =>
			rcpt === 'hr.heim@example.no' && attempt <= 2
				? { code: 421, message: '4.7.0 Try again later' }
				: null;
		expect(await run('send', [SLUG])).toBe(true);
		expect(recipients()).toEqual([...HR].sort());
		expect(sink.attempts.get('hr.heim@example.no')).toBe(3);
	});

	test('a 421 that never ends gives up after NEWSLETTER_MAX_ATTEMPTS and reports it failed', async () => {
		await setup({ NEWSLETTER_MAX_ATTEMPTS: '3' });
		sink.reject = (rcpt) =>
			rcpt === 'hr.heim@example.no' ? { code: 421, message: '4.7.0 Try again later' } : null;
		await run('send', [SLUG]);
		// three answers of 421 (a connection lost on the way is not counted as an attempt)
		expect(sink.attempts.get('hr.heim@example.no')).toBeGreaterThanOrEqual(3);
		const row = ctx()
			.ctx.db.prepare(`SELECT state, attempts, last_error FROM outbox WHERE state != 'sent'`)
			.all();
		expect(row).toEqual([
			{
				state: 'failed',
				attempts: 3,
				last_error: 'SMTP-serveren ba om å vente (421); prøver igjen senere. ga opp etter 3 forsøk',
			},
		]);
		expect(ctx().lines.at(-1)).toBe('7 sendt, 0 avvist, 1 feilet, 0 usikre, 0 igjen i kø.');
		expect(findByEmail(ctx().ctx.db, 'hr.heim@example.no')?.status).toBe('active');
	});
});

describe('sending refuses with one Norwegian line and sends nothing', () => {
	test('no SMTP configured', async () => {
		await setup({ SMTP_URL: '' });
		expect(await run('send', [SLUG])).toBe(false);
		expect(ctx().lines.at(-1)).toBe(
			'Sending er ikke satt opp: SMTP_URL mangler (se docs/newsletter.md). Ingenting er sendt.',
		);
	});

	test('the SMTP server down: the rows stay queued and a later run delivers them', async () => {
		await sink.close();
		const port = sink.port;
		expect(await run('send', [SLUG])).toBe(false);
		expect(ctx().lines).toContainEqual(
			expect.stringMatching(
				/^SMTP-serveren svarer ikke \(E[A-Z]+\); utsendelsen står i kø og fortsetter ved neste forsøk\.$/,
			),
		);
		expect(ctx().status.snapshot().posts[POST_ID]?.newsletter).toMatchObject({
			state: 'failed',
			queued: 8,
			sent: 0,
		});
		sink = await startSmtpSink();
		await setup({ SMTP_URL: sink.url });
		expect(port).not.toBe(0);
		expect(await run('send', [SLUG])).toBe(true);
		expect(recipients()).toEqual([...HR].sort());
	});

	test('a post without an e-mail edition', async () => {
		expect(await run('send', ['uten-epost'])).toBe(false);
		expect(ctx().lines.at(-1)).toBe(
			'[nyhetsbrev] post "post-uten-epost" → e-postutgave: saken «uten-epost» har ingen e-postutgave i det publiserte bygget; ingenting er sendt.',
		);
		expect(sink.received).toHaveLength(0);
	});

	test('an unknown audience, and a recipient in two chosen audiences gets one message', async () => {
		expect(await run('send', [SLUG], { audiences: ['finnes-ikke'] })).toBe(false);
		expect(ctx().lines.at(-1)).toBe(
			'[nyhetsbrev] post "post-debattheft-2021" → newsletter.audiences: fant ikke mottakergruppen «finnes-ikke».',
		);
		expect(
			await run('send', [SLUG], { audiences: ['hr-og-personalledere', 'alle-abonnenter'] }),
		).toBe(true);
		expect(sink.received).toHaveLength(12);
		expect(new Set(recipients()).size).toBe(12);
	});

	test('a {{…}} placeholder left in the edition', async () => {
		const file = join(site.outDir, 'nyheter', SLUG, 'epost.html');
		await writeFile(file, `${await readFile(file, 'utf8')}<p>{{first_name}}</p>`);
		expect(await run('send', [SLUG])).toBe(false);
		expect(ctx().lines.at(-1)).toBe(
			'[nyhetsbrev] post "post-debattheft-2021" → e-postutgave: en {{…}}-plassholder ble ikke fylt ut; ingenting er sendt.',
		);
		expect(sink.received).toHaveLength(0);
	});
});

describe('newsletter test', () => {
	test('sends the edition to the given address only, marked as a test', async () => {
		expect(await run('test', [SLUG], { to: ['redaktor@example.no'] })).toBe(true);
		expect(recipients()).toEqual(['redaktor@example.no']);
		const [mail] = await parsed();
		expect(mail!.subject).toBe('[Prøve] Debattheft 2021 - KS spør');
		expect(sink.received[0]!.raw).not.toMatch(/\{\{[^}]*\}\}/);
	});
});

describe('attachments', () => {
	test('are links by default; NEWSLETTER_ATTACH_MAX_BYTES attaches the files up to that size', async () => {
		await setup({ NEWSLETTER_ATTACH_MAX_BYTES: '100000' });
		await run('send', [SLUG]);
		const [mail] = await parsed();
		expect(mail!.attachments.map((a) => [a.filename, a.contentType])).toEqual([
			['Debattheft 2021.pdf', 'application/pdf'],
		]);
		expect(mail!.html).toContain('Debattheft 2021');
	});
});
