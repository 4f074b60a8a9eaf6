/**
 * The subscriber table: one row per address (address.ts), with organisation, roles (src/lib/roles.ts),
 * topics, status (`pending` → `active` → `unsubscribed` | `bounced`) and the legal basis: `consent`
 * (the sign-up form: consent text version and time) or `role` (a role list the office keeps for its
 * members, with opt-out). Every multi-row change runs in one transaction (db.ts).
 */
import { randomBytes } from 'node:crypto';
import { COUNTY_NUMBER, municipalityName } from '../../src/lib/municipality-numbers.ts';
import type { Role } from '../../src/lib/roles.ts';
import { addressHash } from './address.ts';
import { statement, transaction, type Db } from './db.ts';

export type SubscriberStatus = 'pending' | 'active' | 'unsubscribed' | 'bounced';
export type Subscriber = {
	id: number;
	email: string;
	name: string | null;
	orgKind: 'municipality' | 'county' | 'other';
	orgNumber: string | null;
	orgName: string | null;
	roles: Role[];
	topics: string[];
	status: SubscriberStatus;
	basis: 'consent' | 'role';
	consentVersion: string | null;
	consentAt: string | null;
	source: string;
	nonce: string;
	createdAt: string;
	updatedAt: string;
	statusAt: string;
	statusReason: string | null;
};

/** What a new or updated row says about the person (the address already normalised). */
export type SubscriberInput = {
	email: string;
	name?: string | null | undefined;
	/** Today's kommunenummer ('50' is the county), or null for another organisation. */
	orgNumber?: string | null | undefined;
	orgName?: string | null | undefined;
	roles: readonly Role[];
	topics?: readonly string[] | undefined;
};

type Row = Record<string, string | number | null>;
const COLUMNS: Record<string, keyof Subscriber> = {
	org_kind: 'orgKind',
	org_number: 'orgNumber',
	org_name: 'orgName',
	consent_version: 'consentVersion',
	consent_at: 'consentAt',
	created_at: 'createdAt',
	updated_at: 'updatedAt',
	status_at: 'statusAt',
	status_reason: 'statusReason',
};

/** A database row as a Subscriber. */
export function toSubscriber(row: Row): Subscriber {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(row)) out[COLUMNS[key] ?? key] = value;
	out.roles = JSON.parse(String(row.roles));
	out.topics = JSON.parse(String(row.topics));
	return out as Subscriber;
}

const orgKind = (n: string | null | undefined) =>
	!n ? 'other' : n === COUNTY_NUMBER ? 'county' : 'municipality';
export const newNonce = () => randomBytes(9).toString('base64url');

/** The subscriber with this (normalised) address, or null. */
export function findByEmail(db: Db, email: string): Subscriber | null {
	const row = statement(db, 'SELECT * FROM subscriber WHERE email = ?').get(email) as
		Row | undefined;
	return row ? toSubscriber(row) : null;
}

/** The subscriber with this id, or null. */
export function findById(db: Db, id: number): Subscriber | null {
	const row = statement(db, 'SELECT * FROM subscriber WHERE id = ?').get(id) as Row | undefined;
	return row ? toSubscriber(row) : null;
}

/** Whether the address was forgotten on request (only its hash is kept). */
export function isForgotten(db: Db, email: string): boolean {
	return !!statement(db, 'SELECT 1 FROM forgotten WHERE hash = ?').get(addressHash(email));
}

/** Inserts a new subscriber; returns its id. */
export function insertSubscriber(
	db: Db,
	input: SubscriberInput,
	meta: Pick<Subscriber, 'status' | 'basis' | 'source' | 'consentVersion' | 'consentAt'>,
	now: Date,
): number {
	const at = now.toISOString();
	const result = statement(
		db,
		`INSERT INTO subscriber (email, name, org_kind, org_number, org_name, roles, topics, status,
			basis, consent_version, consent_at, source, nonce, created_at, updated_at, status_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	).run(
		input.email,
		...detailValues(input),
		meta.status,
		meta.basis,
		meta.consentVersion,
		meta.consentAt,
		meta.source,
		newNonce(),
		at,
		at,
		at,
	);
	return Number(result.lastInsertRowid);
}

/** Name, organisation kind, number and name, roles and topics as column values, in table order. */
function detailValues(
	input: SubscriberInput,
): [string | null, string, string | null, string | null, string, string] {
	const org = input.orgNumber ?? null;
	return [
		input.name ?? null,
		orgKind(org),
		org,
		input.orgName ?? (org ? (municipalityName(org) ?? null) : null),
		JSON.stringify([...new Set(input.roles)]),
		JSON.stringify([...new Set(input.topics ?? [])]),
	];
}

/** Updates name, organisation, roles and topics of a subscriber (not its status or basis). */
export function updateDetails(db: Db, id: number, input: SubscriberInput, now: Date): void {
	statement(
		db,
		`UPDATE subscriber SET name = ?, org_kind = ?, org_number = ?, org_name = ?, roles = ?,
		topics = ?, updated_at = ? WHERE id = ?`,
	).run(...detailValues(input), now.toISOString(), id);
}

/** Sets a subscriber's status with the reason (a Norwegian line without addresses). */
export function setStatus(
	db: Db,
	id: number,
	status: SubscriberStatus,
	reason: string | null,
	now: Date,
): void {
	const at = now.toISOString();
	statement(
		db,
		'UPDATE subscriber SET status = ?, status_reason = ?, status_at = ?, updated_at = ? WHERE id = ?',
	).run(status, reason, at, at, id);
}

/** Deletes everything held about an address and keeps only its hash (GDPR art. 17). */
export function forgetAddress(db: Db, email: string, now: Date): boolean {
	return transaction(db, () => {
		const gone = statement(db, 'DELETE FROM subscriber WHERE email = ?').run(email).changes > 0;
		statement(db, 'INSERT OR IGNORE INTO forgotten (hash, at) VALUES (?, ?)').run(
			addressHash(email),
			now.toISOString(),
		);
		return gone;
	});
}

/** Every subscriber, ordered by address. */
export function allSubscribers(db: Db): Subscriber[] {
	return (statement(db, 'SELECT * FROM subscriber ORDER BY email').all() as Row[]).map(
		toSubscriber,
	);
}

/** Counts by status and by basis. */
export function subscriberStats(db: Db): Record<string, number> {
	const rows = statement(
		db,
		`SELECT 'status.' || status AS k, COUNT(*) AS n FROM subscriber GROUP BY status
			UNION ALL SELECT 'basis.' || basis, COUNT(*) FROM subscriber GROUP BY basis`,
	).all() as Array<{ k: string; n: number }>;
	return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}
