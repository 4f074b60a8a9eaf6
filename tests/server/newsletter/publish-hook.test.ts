/**
 * The publish server sends a post marked «Send som nyhetsbrev» after the build that contains it
 * is live, exactly once (a later build does not resend), reports counts in the status channel,
 * and answers the unsubscribe link: GET shows a button and changes nothing, POST unsubscribes.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readServerConfig } from '../../../server/config.ts';
import { openDb } from '../../../server/newsletter/db.ts';
import { startPublishServer, type PublishServer } from '../../../server/publish-server.ts';
import { manualTimers } from '../helpers/manual-timers.ts';
import { TEST_SECRET } from './helpers/context.ts';
import { POST_ID, type NewsletterRoot } from './helpers/newsletter-root.ts';
import { startSendingSite } from './helpers/sending-site.ts';
import type { SmtpSink } from './helpers/smtp-sink.ts';

const FAKE_BUILD = resolve(import.meta.dirname, 'helpers/fake-newsletter-build.mjs');
let site: NewsletterRoot;
let sink: SmtpSink;
let server: PublishServer;
let config: ReturnType<typeof readServerConfig>;
const logs: string[] = [];

beforeEach(async () => {
	({ site, sink } = await startSendingSite());
	// The prepared build becomes the fake build's source; the first build makes it live.
	const source = join(site.root, 'kilde');
	await rename(site.outDir, source);
	await rename(join(site.root, 'reports', 'newsletter.json'), join(site.root, 'manifest.json'));
	config = readServerConfig({
		SANITY_WEBHOOK_SECRET: 'webhook-hemmelighet',
		PORT: '0',
		PUBLISH_ROOT: site.root,
		BUILD_DEBOUNCE_MS: '50',
		SMTP_URL: sink.url,
		NEWSLETTER_FROM: 'nyhetsbrev@example.no',
		NEWSLETTER_SECRET: TEST_SECRET,
		NEWSLETTER_RATE: '0',
	});
	server = await startPublishServer(config, {
		command: [
			process.execPath,
			FAKE_BUILD,
			'--source',
			source,
			'--manifest',
			join(site.root, 'manifest.json'),
		],
		postBuild: [],
		schedulerTimers: manualTimers(new Date()),
		log: { info: (m) => logs.push(m), error: (m) => logs.push(`FEIL ${m}`) },
	});
});
afterEach(async () => {
	await server.close();
	await sink.close();
	await site.remove();
});

const settle = async () => {
	await server.queue.idle();
	await server.newsletter.idle();
};

test('sends once after the build is live, not again after the next build, and unsubscribes by POST only', async () => {
	await settle();
	expect(sink.received).toHaveLength(8);
	const status = JSON.parse(await readFile(join(site.root, 'reports', 'status.json'), 'utf8'));
	expect(status.posts[POST_ID].newsletter).toMatchObject({ state: 'sent', sent: 8, queued: 0 });
	expect(status.audiences['audience-hr']).toMatchObject({ count: 8 });
	expect(JSON.stringify(status)).not.toContain('@');
	expect(logs.join('\n')).not.toContain('@example.no');

	server.queue.request('en senere endring');
	await settle();
	expect(sink.received).toHaveLength(8);

	const link = /\/avmeld\/[A-Za-z0-9_.-]+/.exec(sink.received[0]!.raw.replace(/=\r\n/g, ''))![0];
	const page = await fetch(`${server.origin}${link}`);
	expect(page.status).toBe(200);
	const html = await page.text();
	expect(html).toContain(`<form method="post" action="${link}">`);
	expect(html).toContain('Meld meg av</button>');
	const db = openDb(join(site.root, 'data', 'newsletter.sqlite'));
	const statusOf = () =>
		(db.prepare(`SELECT status FROM subscriber WHERE id = 1`).get() as { status: string }).status;
	expect(statusOf()).toBe('active');
	const post = await fetch(`${server.origin}${link}`, { method: 'POST' });
	expect(post.status).toBe(200);
	expect(await post.text()).toContain('Du er meldt av');
	expect(
		db.prepare(`SELECT COUNT(*) AS n FROM subscriber WHERE status = 'unsubscribed'`).get(),
	).toEqual({ n: 1 });
	db.close();
});

test('an old post marked «Send som nyhetsbrev» is not sent by the publish hook, only by hand', async () => {
	await server.close();
	const manifestFile = join(site.root, 'manifest.json');
	const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
	manifest.posts[0].publishedAt = '2020-12-11T09:11:45Z';
	await writeFile(manifestFile, JSON.stringify(manifest));
	await rm(join(site.root, 'dist'), { recursive: true, force: true });
	sink.received.length = 0;
	logs.length = 0;
	server = await startPublishServer(config, {
		command: [
			process.execPath,
			FAKE_BUILD,
			'--source',
			join(site.root, 'kilde'),
			'--manifest',
			manifestFile,
		],
		postBuild: [],
		schedulerTimers: manualTimers(new Date()),
		log: { info: (m) => logs.push(m), error: (m) => logs.push(`FEIL ${m}`) },
	});
	await settle();
	expect(sink.received).toHaveLength(0);
	expect(logs).toContain(
		'Nyhetsbrev: «debattheftet-2021» er merket «Send som nyhetsbrev», men ble publisert for mer enn 7 dager siden; den sendes bare med npm run newsletter -- send debattheftet-2021.',
	);
});
