/**
 * Opens the newsletter database (node:sqlite, built into Node 24): WAL so the publish server and
 * the CLI can read while one of them writes, foreign keys on, and the migrations applied.
 * `synchronous = NORMAL` (default) keeps every commit through a killed process and an orderly
 * reboot; only a power cut can lose the last commits, which could resend those few messages
 * (with the same Message-ID). `full` (NEWSLETTER_DB_SYNC=full) closes that gap with an fsync per
 * commit, which on a slow disk costs most of the send rate.
 * @see https://www.sqlite.org/wal.html
 * @see https://www.sqlite.org/pragma.html#pragma_synchronous
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { MIGRATIONS } from './migrations.ts';

export type Db = DatabaseSync;

const cache = new WeakMap<Db, Map<string, StatementSync>>();

/**
 * The prepared statement for `sql` on `db`, prepared once per database and reused (the sender ran
 * four `prepare` calls per message before); throws SQLite's error for invalid SQL.
 * @see https://nodejs.org/api/sqlite.html#class-statementsync
 */
export function statement(db: Db, sql: string): StatementSync {
	let byText = cache.get(db);
	if (!byText) cache.set(db, (byText = new Map()));
	let found = byText.get(sql);
	if (!found) byText.set(sql, (found = db.prepare(sql)));
	return found;
}

/** Runs `work` in one transaction (IMMEDIATE: takes the write lock at once); rolls back on error. */
export function transaction<T>(db: Db, work: () => T): T {
	db.exec('BEGIN IMMEDIATE');
	try {
		const result = work();
		db.exec('COMMIT');
		return result;
	} catch (error) {
		db.exec('ROLLBACK');
		throw error;
	}
}

/** Applies the migrations not yet applied, each in its own transaction. */
export function migrate(db: Db): number {
	const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
	for (let v = row.user_version; v < MIGRATIONS.length; v++)
		transaction(db, () => {
			db.exec(MIGRATIONS[v]!);
			db.exec(`PRAGMA user_version = ${v + 1}`);
		});
	return MIGRATIONS.length;
}

/** Opens (creating the folder and file when missing) and migrates the database at `path`. */
export function openDb(path: string, sync: 'normal' | 'full' = 'normal'): Db {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new DatabaseSync(path);
	db.exec('PRAGMA journal_mode = WAL');
	db.exec(`PRAGMA synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`);
	db.exec('PRAGMA foreign_keys = ON');
	db.exec('PRAGMA busy_timeout = 5000');
	migrate(db);
	return db;
}
