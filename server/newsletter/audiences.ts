/**
 * Who an audience reaches: active subscribers holding one of its roles (any when none are
 * given), in one of its municipalities (any with «Alle kommuner» or none given), following one of
 * its topics (any when none are given). A subscriber in several chosen audiences is one recipient.
 */
import type { Db } from './db.ts';
import type { Audience } from './manifest.ts';
import { toSubscriber, type Subscriber } from './subscribers.ts';

/** Whether `s` belongs to audience `a` (status aside). */
export function inAudience(s: Subscriber, a: Audience): boolean {
	if (a.roles.length && !s.roles.some((r) => a.roles.includes(r))) return false;
	if (
		!a.allMunicipalities &&
		a.municipalities.length &&
		!a.municipalities.includes(s.orgNumber ?? '')
	)
		return false;
	if (a.topics.length && !s.topics.some((t) => a.topics.includes(t))) return false;
	return true;
}

/** Every active subscriber in at least one of `audiences`, each once, ordered by id. */
export function recipientsOf(db: Db, audiences: readonly Audience[]): Subscriber[] {
	const rows = db.prepare(`SELECT * FROM subscriber WHERE status = 'active' ORDER BY id`).all();
	return rows
		.map((row) => toSubscriber(row as Record<string, string | number | null>))
		.filter((s) => audiences.some((a) => inAudience(s, a)));
}

/** Active subscribers per audience id (counts only: what the Studio shows staff). */
export function audienceCounts(db: Db, audiences: readonly Audience[]): Record<string, number> {
	return Object.fromEntries(audiences.map((a) => [a._id, recipientsOf(db, [a]).length]));
}
