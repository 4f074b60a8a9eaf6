/**
 * `node bench/publish-live.ts <publish root> <post path> <marker>`: «Publiser → live», end to end.
 * Starts the publish server (server/publish-server.ts, as `npm run publish-server` does) on a free
 * loopback port over a publish folder that already has a live build, sends it a signed Sanity
 * webhook for one changed post, and polls the post's page on the server's own port until it shows
 * `marker`. Prints `publish-live-ms=<n>`: from sending the webhook to the first answer with the new
 * text. The quiet time before a build (BUILD_DEBOUNCE_MS) is 0 here: it is a wait the server
 * chooses (5 s by default, to collect several publishes into one build), not work. The server's
 * scheduler gets timers that never fire: the bench pins the build clock to BENCH_NOW, so the
 * schedule's next change (schedule.json) lies in the real clock's past, and the scheduler would
 * start a catch-up build at once, which the webhook's build would wait behind.
 */
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { readServerConfig } from '../server/config.ts';
import { startPublishServer } from '../server/publish-server.ts';
import { SITE_ASTRO, SITE_ROOT } from './generators.ts';

const [root, path, marker] = process.argv.slice(2);
if (!root || !path || !marker)
	throw new Error('usage: node bench/publish-live.ts <publish root> <post path> <marker>');
const SECRET = 'bench-webhook-secret';
const POLL_MS = 50;
const TIMEOUT_MS = 15 * 60_000;

const config = readServerConfig({
	...process.env,
	SANITY_WEBHOOK_SECRET: SECRET,
	PUBLISH_ROOT: root,
	PORT: '0',
	BUILD_DEBOUNCE_MS: '0',
});
const quiet = { info: () => {}, error: (line: string) => console.error(line) };
const server = await startPublishServer(config, {
	log: quiet,
	cwd: SITE_ROOT,
	command: [SITE_ASTRO, 'build'],
	schedulerTimers: { set: () => null, clear: () => {} },
});

/** True once the server answers the post's page with the changed text. */
const live = async () => {
	const response = await fetch(`${server.origin}${path}`);
	return response.ok && (await response.text()).includes(marker);
};

try {
	if (await live()) throw new Error('the live site shows the change before the webhook');
	const body = JSON.stringify({ _id: 'bench-post', _type: 'post', slug: path });
	const signature = await encodeSignatureHeader(body, Date.now(), SECRET);
	const started = performance.now();
	const answer = await fetch(`${server.origin}/api/rebuild`, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			[SIGNATURE_HEADER_NAME]: signature,
		},
		body,
	});
	if (answer.status !== 202) throw new Error(`webhook answered ${answer.status}`);
	while (!(await live())) {
		if (performance.now() - started > TIMEOUT_MS) throw new Error('the change never went live');
		await new Promise((done) => setTimeout(done, POLL_MS));
	}
	console.log(`publish-live-ms=${Math.round(performance.now() - started)}`);
} catch (e) {
	console.error(e);
	process.exitCode = 1;
} finally {
	// The change is live and no build is left in the queue: stop at once (closing the HTTP server
	// would wait for this script's own keep-alive connections).
	server.scheduler.stop();
	server.queue.stop();
	await server.queue.idle();
	process.exit(process.exitCode ?? 0);
}
