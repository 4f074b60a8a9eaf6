/**
 * Delivers a post's queued outbox rows: a few workers (one per pooled SMTP connection) each claim
 * the next due row, send it and mark the result. A 5xx answer bounces that address (it gets
 * nothing more); a 4xx answer (421 «try later», 450 mailbox busy …) puts the row back with a
 * doubling wait until NEWSLETTER_MAX_ATTEMPTS; a lost connection puts the row back too, and when
 * a fresh connection fails as well the run stops with the rows still queued (a later run resumes).
 * @see https://www.rfc-editor.org/rfc/rfc5321#section-4.2.1 (reply codes: 4yz transient, 5yz permanent)
 */
import { signToken } from './tokens.ts';
import { transaction, type Db } from './db.ts';
import { personalise, type Edition } from './edition.ts';
import type { LoadedManifest, ManifestPost } from './manifest.ts';
import { buildMessage } from './message.ts';
import { nl } from './messages.ts';
import {
	claimNext,
	markRow,
	nextDueAt,
	outboxCounts,
	type OutboxCounts,
	type OutboxRow,
} from './outbox.ts';
import { setStatus } from './subscribers.ts';
import type { Mailer } from './transport.ts';

export type DeliverDeps = {
	db: Db;
	mailer: Mailer;
	manifest: LoadedManifest;
	/** Where readers reach the publish server (unsubscribe links). */
	publicUrl: string;
	from: string;
	secret: string;
	maxAttempts: number;
	retryBaseMs: number;
	workers: number;
	now: () => Date;
	attachments?: Array<{ filename: string; path: string }> | undefined;
	onProgress?: (counts: OutboxCounts) => void;
};

/** How often the status channel hears about a running send. */
export const PROGRESS_MS = 2000;

export type DeliverResult = { counts: OutboxCounts; stopped: string | null };

type SmtpError = Error & { code?: string; responseCode?: number };
type Outcome =
	| { kind: 'bounce'; code: number }
	| { kind: 'defer'; code: number | string }
	| { kind: 'down'; detail: string };

/** How to treat a failed send (nodemailer error codes: EAUTH, ECONNECTION, EENVELOPE …). */
export function classify(error: SmtpError): Outcome {
	const code = error.responseCode;
	if (error.code === 'EAUTH')
		return { kind: 'down', detail: `innlogging avvist${code ? ` (${code})` : ''}` };
	if (code && code >= 500) return { kind: 'bounce', code };
	if (code && code >= 400) return { kind: 'defer', code };
	return { kind: 'down', detail: error.code ?? error.message.split('\n')[0]! };
}

/** The reader's own unsubscribe links (https for the button and one-click, mailto for clients). */
export function unsubscribeLinks(
	deps: Pick<DeliverDeps, 'publicUrl' | 'from' | 'secret'>,
	row: Pick<OutboxRow, 'subscriber_id' | 'nonce'>,
) {
	const token = signToken(deps.secret, {
		purpose: 'unsubscribe',
		id: row.subscriber_id,
		nonce: row.nonce,
	});
	return {
		https: `${deps.publicUrl}/avmeld/${token}`,
		mailto: `mailto:${deps.from}?subject=${encodeURIComponent(`avmeld ${token}`)}`,
	};
}

/** Sends every due row of `post`; resolves when the queue is empty or the server is down. */
export async function deliver(
	deps: DeliverDeps,
	post: ManifestPost,
	edition: Edition,
): Promise<DeliverResult> {
	const { db, now } = deps;
	let stopped: string | null = null;
	let lastProgress = 0;
	const sendOne = async (row: OutboxRow) => {
		const links = unsubscribeLinks(deps, row);
		const message = personalise(edition, links.https);
		try {
			await deps.mailer.send(
				buildMessage({
					postId: post._id,
					to: row.email,
					from: { name: deps.manifest.senderName, address: deps.from },
					replyTo: post.replyTo,
					...message,
					unsubscribeUrl: links.https,
					unsubscribeMailto: links.mailto,
					listHost: new URL(deps.manifest.siteUrl).hostname,
					date: now(),
					...(deps.attachments ? { attachments: deps.attachments } : {}),
				}),
			);
			markRow(db, row.id, 'sent', now());
		} catch (error) {
			const outcome = classify(error as SmtpError);
			if (outcome.kind === 'bounce')
				transaction(db, () => {
					markRow(db, row.id, 'bounced', now(), { error: nl.bounced(outcome.code) });
					setStatus(db, row.subscriber_id, 'bounced', nl.bounced(outcome.code), now());
				});
			else if (outcome.kind === 'defer' && row.attempts >= deps.maxAttempts)
				markRow(db, row.id, 'failed', now(), {
					error: `${nl.deferred(outcome.code)} ${nl.gaveUp(row.attempts)}`,
				});
			else {
				const wait = deps.retryBaseMs * 2 ** Math.min(row.attempts - 1, 10);
				const error = outcome.kind === 'defer' ? nl.deferred(outcome.code) : outcome.detail;
				// A lost connection is not the address's fault: it does not count as an attempt.
				const refundAttempt = outcome.kind === 'down';
				markRow(db, row.id, 'queued', now(), {
					error,
					dueAt: new Date(now().getTime() + wait),
					refundAttempt,
				});
				// A lost connection may be that connection's alone (a 421 closes it): stop only when
				// a fresh connection fails too.
				if (outcome.kind === 'down' && !(await deps.mailer.verify()))
					stopped ??= nl.smtpDown(outcome.detail);
			}
		}
		// Counting scans the post's rows: at most every two seconds, not per message.
		if (deps.onProgress && now().getTime() - lastProgress >= PROGRESS_MS) {
			lastProgress = now().getTime();
			deps.onProgress(outboxCounts(db, post._id));
		}
	};
	const worker = async () => {
		while (!stopped) {
			const row = claimNext(db, post._id, now());
			if (row) {
				await sendOne(row);
				continue;
			}
			const due = nextDueAt(db, post._id);
			if (!due) return;
			await new Promise((r) => setTimeout(r, Math.max(5, due.getTime() - now().getTime())));
		}
	};
	await Promise.all(Array.from({ length: deps.workers }, worker));
	return { counts: outboxCounts(db, post._id), stopped };
}
