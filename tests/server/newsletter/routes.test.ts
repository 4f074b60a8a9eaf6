/**
 * POST /abonner on a real HTTP server: one answer whatever the address's state, the consent box
 * required, a confirmation e-mail only when one is due, and the rate limits per address and per
 * client. Confirm links need a POST; a forged or expired token confirms nobody.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { newsletterRoutes } from '../../../server/newsletter/routes.ts';
import { findByEmail, insertSubscriber } from '../../../server/newsletter/subscribers.ts';
import { testContext } from './helpers/context.ts';
import { makeNewsletterRoot, type NewsletterRoot } from './helpers/newsletter-root.ts';
import { startSmtpSink, type SmtpSink } from './helpers/smtp-sink.ts';

let site: NewsletterRoot;
let sink: SmtpSink;
let t: ReturnType<typeof testContext>;
let origin: string;
let close: () => Promise<void>;

beforeEach(async () => {
	site = await makeNewsletterRoot();
	sink = await startSmtpSink();
	t = testContext(site.root, { SMTP_URL: sink.url });
	const server = serve({ fetch: newsletterRoutes(t.ctx).fetch, port: 0, hostname: '127.0.0.1' });
	await new Promise((ok) => server.once('listening', ok));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	close = () => new Promise((ok) => server.close(() => ok()));
});
afterEach(async () => {
	await close();
	t.ctx.db.close();
	await sink.close();
	await site.remove();
});

const signUp = (fields: Record<string, string>) =>
	fetch(`${origin}/abonner`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(fields).toString(),
	});
/** Waits for the first mail (sent after the answer), then a moment for any that should not come. */
async function settle() {
	for (let i = 0; i < 200 && sink.received.length === 0; i++)
		await new Promise((r) => setTimeout(r, 25));
	await new Promise((r) => setTimeout(r, 200));
}

describe('POST /abonner', () => {
	test('answers a new and an already active address the same, and mails only the new one', async () => {
		insertSubscriber(
			t.ctx.db,
			{ email: 'aktiv@example.no', roles: ['ordforer'] },
			{ status: 'active', basis: 'role', source: 'test', consentVersion: null, consentAt: null },
			new Date(),
		);
		const fresh = await signUp({
			epost: 'ny@example.no',
			samtykke: 'ja',
			rolle: 'hr-leder',
			kommune: 'Halsa',
		});
		const known = await signUp({ epost: 'aktiv@example.no', samtykke: 'ja' });
		expect([fresh.status, known.status]).toEqual([200, 200]);
		expect(await fresh.text()).toBe(await known.text());
		await settle();
		expect(sink.received.map((m) => m.to)).toEqual([['ny@example.no']]);
		expect(findByEmail(t.ctx.db, 'ny@example.no')).toMatchObject({
			status: 'pending',
			basis: 'consent',
			consentVersion: '2026-12-01',
			orgNumber: '5055',
			roles: ['hr-leder'],
			source: 'skjema',
		});
		expect(findByEmail(t.ctx.db, 'aktiv@example.no')).toMatchObject({
			status: 'active',
			basis: 'role',
		});
	});

	test('refuses without the consent box, and an address with a space, with one Norwegian line', async () => {
		const noConsent = await signUp({ epost: 'ny@example.no' });
		expect(noConsent.status).toBe(400);
		expect(await noConsent.text()).toContain('Kryss av for samtykke for å melde deg på.');
		const spaced = await signUp({ epost: 'ny person@example.no', samtykke: 'ja' });
		expect(await spaced.text()).toContain(
			'E-postadressen ser ikke riktig ut: e-postadressen inneholder mellomrom.',
		);
		expect(findByEmail(t.ctx.db, 'ny@example.no')).toBeNull();
	});

	test('limits sign-ups per address (3 an hour) and per client (10 in ten minutes)', async () => {
		const codes = [];
		for (let i = 0; i < 4; i++)
			codes.push((await signUp({ epost: 'samme@example.no', samtykke: 'ja' })).status);
		expect(codes).toEqual([200, 200, 200, 429]);
		for (let i = 0; i < 6; i++)
			codes.push((await signUp({ epost: `n${i}@example.no`, samtykke: 'ja' })).status);
		expect(codes.slice(4)).toEqual([200, 200, 200, 200, 200, 200]);
		expect((await signUp({ epost: 'siste@example.no', samtykke: 'ja' })).status).toBe(429);
	});

	test('the confirmation link shows a button; only its POST confirms; a forged token does nothing', async () => {
		await signUp({ epost: 'ny@example.no', samtykke: 'ja' });
		await settle();
		const link = /https?:\/\/\S+\/abonner\/bekreft\/\S+/.exec(
			sink.received[0]!.raw.replace(/=\r\n/g, ''),
		)![0];
		const path = new URL(link).pathname;
		const page = await fetch(`${origin}${path}`);
		expect(await page.text()).toContain(
			`<form method="post" action="${path}"><button type="submit">Bekreft</button></form>`,
		);
		expect(findByEmail(t.ctx.db, 'ny@example.no')?.status).toBe('pending');
		const forged = await fetch(`${origin}${path.slice(0, -4)}AAAA`, { method: 'POST' });
		expect(forged.status).toBe(400);
		expect(findByEmail(t.ctx.db, 'ny@example.no')?.status).toBe('pending');
		expect((await fetch(`${origin}${path}`, { method: 'POST' })).status).toBe(200);
		expect(findByEmail(t.ctx.db, 'ny@example.no')?.status).toBe('active');
	});

	test('without SMTP or NEWSLETTER_SECRET the server refuses sign-up and says so', async () => {
		const off = testContext(site.root, {
			SMTP_URL: '',
			NEWSLETTER_DB: `${site.root}/data/av.sqlite`,
		});
		const res = await newsletterRoutes(off.ctx).request('/abonner', { method: 'POST' });
		expect(res.status).toBe(503);
		expect(await res.text()).toContain('Påmelding er ikke satt opp ennå.');
		off.ctx.db.close();
	});
});
