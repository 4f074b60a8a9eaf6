import { describe, expect, it } from 'vitest';
import { openDb, statement } from '../../../server/newsletter/db.ts';

describe('statement', () => {
	it('prepares a statement once per database and reuses it', () => {
		const a = openDb(':memory:');
		const b = openDb(':memory:');
		const sql = 'SELECT COUNT(*) AS n FROM subscriber';
		expect(statement(a, sql)).toBe(statement(a, sql));
		expect(statement(a, sql)).not.toBe(statement(b, sql));
		expect(statement(a, sql).get()).toEqual({ n: 0 });
		expect(statement(a, sql).get()).toEqual({ n: 0 });
		a.close();
		b.close();
	});

	it('throws SQLite’s error for SQL that does not compile', () => {
		const db = openDb(':memory:');
		expect(() => statement(db, 'SELECT * FROM nowhere')).toThrow(/no such table/);
		db.close();
	});
});
