/**
 * The newsletter database's schema, as numbered migrations applied in order inside one transaction
 * each; `PRAGMA user_version` holds the number applied. Never edit a released migration: add one.
 * Addresses live only here (issue 28): subscribers, the outbox and the hashes of forgotten ones.
 */
export const MIGRATIONS: readonly string[] = [
	// 1: subscribers, forgotten addresses, sends and the outbox.
	`CREATE TABLE subscriber (
		id INTEGER PRIMARY KEY,
		email TEXT NOT NULL UNIQUE,
		name TEXT,
		org_kind TEXT NOT NULL DEFAULT 'other' CHECK (org_kind IN ('municipality', 'county', 'other')),
		org_number TEXT,
		org_name TEXT,
		roles TEXT NOT NULL DEFAULT '[]',
		topics TEXT NOT NULL DEFAULT '[]',
		status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'unsubscribed', 'bounced')),
		basis TEXT NOT NULL CHECK (basis IN ('consent', 'role')),
		consent_version TEXT,
		consent_at TEXT,
		source TEXT NOT NULL,
		nonce TEXT NOT NULL,
		created_at TEXT NOT NULL,
		updated_at TEXT NOT NULL,
		status_at TEXT NOT NULL,
		status_reason TEXT
	) STRICT;
	CREATE TABLE forgotten (hash TEXT PRIMARY KEY, at TEXT NOT NULL) STRICT;
	CREATE TABLE send (
		post_id TEXT PRIMARY KEY,
		slug TEXT NOT NULL,
		trigger TEXT NOT NULL,
		created_at TEXT NOT NULL
	) STRICT;
	CREATE TABLE outbox (
		id INTEGER PRIMARY KEY,
		post_id TEXT NOT NULL REFERENCES send (post_id),
		subscriber_id INTEGER NOT NULL REFERENCES subscriber (id) ON DELETE CASCADE,
		state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'bounced', 'uncertain', 'skipped')),
		attempts INTEGER NOT NULL DEFAULT 0,
		due_at TEXT NOT NULL,
		message_id TEXT NOT NULL,
		last_error TEXT,
		updated_at TEXT NOT NULL,
		UNIQUE (post_id, subscriber_id)
	) STRICT;
	CREATE INDEX outbox_due ON outbox (post_id, state, due_at);`,
];
