/**
 * `POST /api/rebuild`: the target of the Sanity webhook. Reads the raw body (at most 64 KB, else
 * 413), verifies signature and age (401 for every refusal, with no detail in the response), skips
 * a repeated idempotency key (200: Sanity stops retrying on any 2xx, and 200 rather than 202 says
 * nothing new was queued), and otherwise queues a build and answers 202 at once. Other methods
 * get 405.
 */
import { SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from '../log.ts';
import type { PublishedDoc } from '../status/publish-status.ts';
import type { SeenKeys } from './seen-keys.ts';
import { REFUSAL_MESSAGES, verifyWebhook } from './verify.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export type WebhookDeps = {
	secret: string;
	now: () => Date;
	seen: SeenKeys;
	log: Logger;
	/**
	 * Called once per accepted call with a short description for the log and, when the projection
	 * names them, the document's `_id`, `_type` and `_rev`.
	 */
	onPublish: (what: string, doc?: PublishedDoc) => void;
};

/**
 * `post «slug»` and the document from the webhook projection
 * `{_id, _type, _rev, "slug": slug.current}`, as far as present.
 */
function describe(body: string): { what: string; doc?: PublishedDoc } {
	try {
		const doc = JSON.parse(body) as {
			_id?: unknown;
			_type?: unknown;
			_rev?: unknown;
			slug?: unknown;
		};
		const name = [doc.slug, doc._id].find((v) => typeof v === 'string');
		const type = typeof doc._type === 'string' ? doc._type : 'dokument';
		const text = name ? `${type} «${name}»` : type;
		const what = text.replace(/[^\p{L}\p{N} «»._-]/gu, '').slice(0, 120);
		if (typeof doc._id !== 'string') return { what };
		const rev = typeof doc._rev === 'string' ? doc._rev : undefined;
		return { what, doc: { id: doc._id, type, rev } };
	} catch {
		return { what: 'publisering' };
	}
}

/** The webhook routes, to be mounted at /api/rebuild. */
export function webhookRoute(deps: WebhookDeps): Hono {
	const app = new Hono();
	const limit = bodyLimit({
		maxSize: MAX_BODY_BYTES,
		onError: (c) => {
			deps.log.error('Webhook avvist: forespørselen er større enn 64 KB.');
			return c.text('For stor forespørsel.', 413);
		},
	});
	app.post('/', limit, async (c) => {
		const body = await c.req.text();
		const signature = c.req.header(SIGNATURE_HEADER_NAME);
		const refusal = await verifyWebhook(body, signature, deps.secret, deps.now());
		if (refusal) {
			deps.log.error(REFUSAL_MESSAGES[refusal]);
			return c.text('Ikke autorisert.', 401);
		}
		const key = c.req.header('idempotency-key');
		if (key && deps.seen.checkAndAdd(key)) {
			deps.log.info('Webhook mottatt på nytt med samme idempotency-key; ingen nytt bygg.');
			return c.text('Allerede mottatt.', 200);
		}
		const { what, doc } = describe(body);
		deps.onPublish(what, doc);
		return c.text('Bygg satt i kø.', 202);
	});
	app.all('/', (c) => c.text('Metoden er ikke tillatt.', 405, { Allow: 'POST' }));
	return app;
}
