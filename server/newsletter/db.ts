/**
 * Opens the newsletter database (node:sqlite, built into Node 24): WAL so the publish server and
 * the CLI can read while one of them writes, `synchronous = FULL` so a committed outbox row survives
 * a machine restart (the send order depends on it), foreign keys on, and the migrations applied.
 * @see https://www.sqlite.org/wal.html
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { MIGRATIONS } from './migrations.ts';

export type Db = DatabaseSync;

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
export function openDb(path: string): Db {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new DatabaseSync(path);
	db.exec('PRAGMA journal_mode = WAL');
	db.exec('PRAGMA synchronous = FULL');
	db.exec('PRAGMA foreign_keys = ON');
	db.exec('PRAGMA busy_timeout = 5000');
	migrate(db);
	return db;
}
