/**
 * The durable outbox: one row per (post, subscriber), all written in one transaction before the
 * first message goes (DESIGN.md "Order of sending"). A row is claimed as `sending` in its own
 * committed write just before the SMTP conversation and marked `sent` after the server's 250; a
 * restart finds any row still `sending` and marks it `uncertain` (the server may have accepted
 * it), which is reported and never resent without an explicit --resend-uncertain.
 */
import { statement, transaction, type Db } from './db.ts';
import { messageId } from './message.ts';

export type OutboxState =
	'queued' | 'sending' | 'sent' | 'failed' | 'bounced' | 'uncertain' | 'skipped';
export type OutboxCounts = Record<OutboxState, number>;
export type OutboxRow = {
	id: number;
	subscriber_id: number;
	attempts: number;
	email: string;
	nonce: string;
	status: string;
};

/** Whether the post has ever been put in the outbox (the publish hook sends once per post). */
export function sendOf(db: Db, postId: string): { created_at: string; trigger: string } | null {
	return (statement(db, 'SELECT created_at, trigger FROM send WHERE post_id = ?').get(postId) ??
		null) as { created_at: string; trigger: string } | null;
}

/** Queues `recipients` for the post in one transaction; returns how many rows are new. */
export function enqueue(
	db: Db,
	post: { _id: string; slug: string },
	recipients: ReadonlyArray<{ id: number; email: string }>,
	opts: { trigger: 'publish' | 'cli'; from: string; now: Date },
): number {
	const at = opts.now.toISOString();
	return transaction(db, () => {
		statement(
			db,
			'INSERT OR IGNORE INTO send (post_id, slug, trigger, created_at) VALUES (?, ?, ?, ?)',
		).run(post._id, post.slug, opts.trigger, at);
		const insert = statement(
			db,
			`INSERT OR IGNORE INTO outbox (post_id, subscriber_id, state, due_at, message_id, updated_at)
			VALUES (?, ?, 'queued', ?, ?, ?)`,
		);
		let added = 0;
		for (const r of recipients)
			added += Number(
				insert.run(post._id, r.id, at, messageId(post._id, r.email, opts.from), at).changes,
			);
		return added;
	});
}

/** Marks rows left `sending` by an interrupted run as `uncertain`; returns how many. */
export function markInterrupted(db: Db, postId: string, now: Date): number {
	return Number(
		statement(
			db,
			`UPDATE outbox SET state = 'uncertain', last_error = 'avbrutt under sending', updated_at = ?
				WHERE post_id = ? AND state = 'sending'`,
		).run(now.toISOString(), postId).changes,
	);
}

/** Puts the uncertain rows back in the queue (an editor's explicit choice). */
export function requeueUncertain(db: Db, postId: string, now: Date): number {
	const at = now.toISOString();
	return Number(
		statement(
			db,
			`UPDATE outbox SET state = 'queued', due_at = ?, updated_at = ? WHERE post_id = ? AND state = 'uncertain'`,
		).run(at, at, postId).changes,
	);
}

/**
 * Claims the next due row (its subscriber still active) as `sending`, committed before the
 * message goes; rows whose subscriber left meanwhile become `skipped`. Null when none is due.
 */
export function claimNext(db: Db, postId: string, now: Date): OutboxRow | null {
	const at = now.toISOString();
	const next = statement(
		db,
		`SELECT o.id, s.status FROM outbox o JOIN subscriber s ON s.id = o.subscriber_id
		WHERE o.post_id = ? AND o.state = 'queued' AND o.due_at <= ? ORDER BY o.due_at, o.id LIMIT 1`,
	);
	for (;;) {
		const found = next.get(postId, at) as { id: number; status: string } | undefined;
		if (!found) return null;
		if (found.status === 'active') break;
		markRow(db, found.id, 'skipped', now);
	}
	const row = statement(
		db,
		`UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?
			WHERE id = (SELECT id FROM outbox WHERE post_id = ? AND state = 'queued' AND due_at <= ?
			ORDER BY due_at, id LIMIT 1) RETURNING id, subscriber_id, attempts`,
	).get(at, postId, at) as { id: number; subscriber_id: number; attempts: number };
	const s = statement(db, 'SELECT email, nonce, status FROM subscriber WHERE id = ?').get(
		row.subscriber_id,
	) as { email: string; nonce: string; status: string };
	return { ...row, ...s };
}

/** The earliest due time of a queued row, or null when the queue is empty. */
export function nextDueAt(db: Db, postId: string): Date | null {
	const row = statement(
		db,
		`SELECT MIN(due_at) AS at FROM outbox WHERE post_id = ? AND state = 'queued'`,
	).get(postId) as { at: string | null };
	return row.at ? new Date(row.at) : null;
}

/** Sets a row's state (and its error line, and a new due time for a retry). */
export function markRow(
	db: Db,
	id: number,
	state: OutboxState,
	now: Date,
	extra: { error?: string; dueAt?: Date; refundAttempt?: boolean } = {},
): void {
	statement(
		db,
		`UPDATE outbox SET state = ?, last_error = ?, due_at = COALESCE(?, due_at), updated_at = ?,
		attempts = attempts - ? WHERE id = ?`,
	).run(
		state,
		extra.error ?? null,
		extra.dueAt?.toISOString() ?? null,
		now.toISOString(),
		extra.refundAttempt ? 1 : 0,
		id,
	);
}

/** Counts of the post's rows by state. */
export function outboxCounts(db: Db, postId: string): OutboxCounts {
	const counts: OutboxCounts = {
		queued: 0,
		sending: 0,
		sent: 0,
		failed: 0,
		bounced: 0,
		uncertain: 0,
		skipped: 0,
	};
	const rows = statement(
		db,
		'SELECT state, COUNT(*) AS n FROM outbox WHERE post_id = ? GROUP BY state',
	).all(postId) as Array<{ state: OutboxState; n: number }>;
	for (const r of rows) counts[r.state] = r.n;
	return counts;
}

/** Post ids with rows still queued (the server resumes them at start). */
export function unfinishedPosts(db: Db): string[] {
	return (
		statement(
			db,
			`SELECT DISTINCT post_id FROM outbox WHERE state IN ('queued', 'sending')`,
		).all() as Array<{
			post_id: string;
		}>
	).map((r) => r.post_id);
}
