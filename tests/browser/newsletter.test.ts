/**
 * Sign-up → confirm → receive → unsubscribe in Chromium with JavaScript off (issue 28): the
 * publish server serves the seed build and the newsletter's routes, a real SMTP server on
 * 127.0.0.1 receives the mails, and axe checks every page the reader meets on the way.
 */
import AxeBuilder from '@axe-core/playwright';
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { readServerConfig } from '../../server/config.ts';
import { openDb } from '../../server/newsletter/db.ts';
import { readNewsletterConfig } from '../../server/newsletter/config.ts';
import { sendPost } from '../../server/newsletter/send-post.ts';
import { startPublishServer, type PublishServer } from '../../server/publish-server.ts';
import { memoryStatusWriter } from '../../server/status/writer.ts';
import { manualTimers } from '../server/helpers/manual-timers.ts';
import { startSmtpSink, type SmtpSink } from '../server/newsletter/helpers/smtp-sink.ts';
import { useBrowser } from './helpers/browser.ts';

const ADDRESS = 'hr.leder@example.no';
const browser = useBrowser();
let root: string;
let sink: SmtpSink;
let server: PublishServer;
const env = () => ({
	PUBLISH_ROOT: root,
	SMTP_URL: sink.url,
	NEWSLETTER_FROM: 'nyhetsbrev@example.no',
	NEWSLETTER_SECRET: 'nettleser-test-hemmelighet',
	NEWSLETTER_RATE: '0',
});

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'ks-nl-browser-'));
	await symlink(inject('outDir'), join(root, 'dist'));
	await mkdir(join(root, 'reports'));
	await copyFile(
		join(inject('reportDir'), 'newsletter.json'),
		join(root, 'reports', 'newsletter.json'),
	);
	sink = await startSmtpSink();
	server = await startPublishServer(
		readServerConfig({ SANITY_WEBHOOK_SECRET: 'webhook', PORT: '0', ...env() }),
		{
			command: ['true'],
			postBuild: [],
			schedulerTimers: manualTimers(new Date()),
			log: { info: () => {}, error: () => {} },
		},
	);
});
afterAll(async () => {
	await server?.close();
	await sink?.close();
	await rm(root, { recursive: true, force: true });
});

/** A link from a received mail, on the test server instead of the public address. */
const local = (url: string) => `${server.origin}${new URL(url).pathname}`;
const lastMail = async () => simpleParser(sink.received.at(-1)!.raw);
async function until(check: () => boolean) {
	for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
	expect(check()).toBe(true);
}

/**
 * axe (WCAG 2.1 A/AA, EN 301 549) on what `shown` shows, in a context with JavaScript (axe needs
 * it): the same URL again for a GET page, the page's HTML for the answer to a POST.
 */
async function axe(b: Browser, shown: Page, answerToPost = false): Promise<string[]> {
	const context = await b.newContext();
	const page = await context.newPage();
	if (answerToPost) {
		await page.goto(`${server.origin}/robots.txt`);
		await page.setContent(await shown.content());
	} else await page.goto(shown.url());
	const url = shown.url();
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'EN-301-549'])
		.analyze();
	await context.close();
	return violations.map((v) => `${url} ${v.id}: ${v.help}`);
}

test('sign-up, confirmation, the newsletter and one-button unsubscribe work with JavaScript off', async () => {
	const context = await browser().newContext({ javaScriptEnabled: false });
	const page: Page = await context.newPage();
	const found: string[] = [];

	await page.goto(`${server.origin}/nyhetsbrev/`);
	found.push(...(await axe(browser(), page)));
	await page.getByLabel('E-postadresse', { exact: true }).fill(ADDRESS);
	await page.getByLabel('Navn (valgfritt)').fill('Hanne Leder');
	await page.getByLabel('Kommune eller fylkeskommune (valgfritt)').selectOption('5055');
	await page.getByLabel('Rolle (valgfritt)').selectOption('hr-leder');
	await page.getByLabel(/Jeg samtykker/).check();
	await page.getByRole('button', { name: 'Meld meg på' }).click();
	expect(await page.locator('h1').textContent()).toBe('Sjekk e-posten din');
	found.push(...(await axe(browser(), page, true)));

	await until(() => sink.received.length === 1);
	const confirmation = await lastMail();
	expect(confirmation.subject).toContain('Bekreft påmeldingen');
	const confirmUrl = /https?:\/\/\S+\/abonner\/bekreft\/\S+/.exec(confirmation.text ?? '')![0];
	await page.goto(local(confirmUrl));
	found.push(...(await axe(browser(), page)));
	expect(await page.locator('h1').textContent()).toBe('Bekreft påmeldingen');
	const db = openDb(join(root, 'data', 'newsletter.sqlite'));
	const status = () =>
		(db.prepare('SELECT status FROM subscriber WHERE email = ?').get(ADDRESS) as { status: string })
			.status;
	expect(status()).toBe('pending'); // opening the link alone confirms nothing
	await page.getByRole('button', { name: 'Bekreft' }).click();
	expect(await page.locator('h1').textContent()).toBe('Du er påmeldt');
	found.push(...(await axe(browser(), page, true)));
	expect(status()).toBe('active');

	// The Debattheft newsletter goes to the HR audience, which she joined by her role.
	const ctx = {
		db,
		config: readNewsletterConfig(env()),
		now: () => new Date(),
		log: () => {},
		status: memoryStatusWriter(),
	};
	expect((await sendPost(ctx, { slug: 'debattheftet-2021', trigger: 'cli' })).ok).toBe(true);
	expect(sink.received.at(-1)!.to).toEqual([ADDRESS]);
	const edition = await lastMail();
	const unsubscribeUrl = /href="(https?:\/\/[^"]+\/avmeld\/[^"]+)"/.exec(String(edition.html))![1]!;
	await page.goto(local(unsubscribeUrl));
	found.push(...(await axe(browser(), page)));
	expect(status()).toBe('active'); // a mail scanner's GET unsubscribes nobody
	await page.getByRole('button', { name: 'Meld meg av' }).click();
	expect(await page.locator('h1').textContent()).toBe('Du er meldt av');
	found.push(...(await axe(browser(), page, true)));
	expect(status()).toBe('unsubscribed');
	db.close();
	await context.close();
	expect(found).toEqual([]);
});
