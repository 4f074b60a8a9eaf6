/**
 * Sign-up with double opt-in, confirmation and unsubscribe over the database. `signUp` answers
 * the same whatever the address's state (nothing reveals whether it is on a list): a new,
 * unsubscribed or bounced address becomes `pending` with the consent text's version and time and
 * gets a confirmation e-mail; an active one is left alone. Pending sign-ups not confirmed within
 * seven days are deleted.
 */
import { todaysNumber } from '../../src/lib/municipality-numbers.ts';
import { parseRole, type Role } from '../../src/lib/roles.ts';
import { statement, transaction, type Db } from './db.ts';
import { nl } from './messages.ts';
import type { NewsletterContext } from './send-post.ts';
import {
	findByEmail,
	findById,
	insertSubscriber,
	newNonce,
	setStatus,
	updateDetails,
} from './subscribers.ts';
import { signToken, verifyToken, type TokenPurpose } from './tokens.ts';

export const CONFIRM_DAYS = 7;

export type SignUpInput = {
	email: string;
	name?: string;
	municipality?: string;
	role?: string;
	topics: string[];
};

/** Deletes pending sign-ups older than CONFIRM_DAYS; returns how many. */
export function purgePending(db: Db, now: Date): number {
	const before = new Date(now.getTime() - CONFIRM_DAYS * 86_400_000).toISOString();
	return Number(
		statement(db, `DELETE FROM subscriber WHERE status = 'pending' AND status_at < ?`).run(before)
			.changes,
	);
}

/** Records the sign-up; returns the confirmation link to mail, or null when none is due. */
export function signUp(
	ctx: NewsletterContext,
	input: SignUpInput,
	baseUrl: string,
): { id: number; url: string } | null {
	const { db, config } = ctx;
	const now = ctx.now();
	const role = input.role ? parseRole(input.role) : null;
	const details = {
		email: input.email,
		name: input.name?.trim().slice(0, 200) || null,
		orgNumber: input.municipality ? todaysNumber(input.municipality) : null,
		roles: role ? [role] : ([] as Role[]),
		topics: input.topics.filter((slug) => /^[a-z0-9-]{1,96}$/.test(slug)).slice(0, 50),
	};
	const id = transaction(db, () => {
		purgePending(db, now);
		const existing = findByEmail(db, input.email);
		if (existing?.status === 'active') return null;
		const consent = { consentVersion: config.consentVersion, consentAt: now.toISOString() };
		if (!existing)
			return insertSubscriber(
				db,
				details,
				{ status: 'pending', basis: 'consent', source: 'skjema', ...consent },
				now,
			);
		updateDetails(db, existing.id, details, now);
		statement(
			db,
			`UPDATE subscriber SET basis = 'consent', consent_version = ?, consent_at = ?, nonce = ? WHERE id = ?`,
		).run(consent.consentVersion, consent.consentAt, newNonce(), existing.id);
		setStatus(db, existing.id, 'pending', null, now);
		return existing.id;
	});
	if (id === null) return null;
	const s = findById(db, id)!;
	const expires = Math.floor(now.getTime() / 1000) + CONFIRM_DAYS * 86_400;
	const token = signToken(config.secret!, { purpose: 'confirm', id, nonce: s.nonce, expires });
	return { id, url: `${baseUrl}/abonner/bekreft/${token}` };
}

/** The subscriber a token names, when the token is valid and its nonce still current. */
export function subscriberOfToken(ctx: NewsletterContext, token: string, purpose: TokenPurpose) {
	const claims = verifyToken(ctx.config.secret!, token, purpose, ctx.now());
	const s = claims ? findById(ctx.db, claims.id) : null;
	return s && s.nonce === claims!.nonce ? s : null;
}

/** Confirms a pending sign-up (the consent time becomes the confirmation's); false if invalid. */
export function confirm(ctx: NewsletterContext, token: string): boolean {
	const s = subscriberOfToken(ctx, token, 'confirm');
	if (!s || (s.status !== 'pending' && s.status !== 'active')) return false;
	if (s.status === 'pending') {
		const at = ctx.now().toISOString();
		transaction(ctx.db, () => {
			statement(ctx.db, 'UPDATE subscriber SET consent_at = ? WHERE id = ?').run(at, s.id);
			setStatus(ctx.db, s.id, 'active', null, ctx.now());
		});
	}
	return true;
}

/** Unsubscribes the token's subscriber (idempotent); false if the token is invalid. */
export function unsubscribe(ctx: NewsletterContext, token: string): boolean {
	const s = subscriberOfToken(ctx, token, 'unsubscribe');
	if (!s) return false;
	if (s.status !== 'unsubscribed')
		setStatus(ctx.db, s.id, 'unsubscribed', nl.unsubscribedReason, ctx.now());
	return true;
}
