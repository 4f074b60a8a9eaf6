/**
 * `newsletter import FILE.csv`: the office's role list into the database. Columns are found by
 * their header (`e-post;navn;kommunenummer;rolle`, English names too, `tema` optional; several
 * roles or topics separated by `|`). Municipalities merged in 2018–2020 land on today's. Each bad
 * row is reported with its line number and reason while the good rows are imported, all in one
 * transaction (a dry run rolls it back). Re-import updates a row instead of adding one; an address
 * that unsubscribed or was forgotten is never brought back by an import.
 */
import { todaysNumber } from '../../src/lib/municipality-numbers.ts';
import { parseRole, type Role } from '../../src/lib/roles.ts';
import { normaliseAddress } from './address.ts';
import { decodeText, parseCsv } from './csv.ts';
import type { Db } from './db.ts';
import { nl } from './messages.ts';
import {
	findByEmail,
	insertSubscriber,
	isForgotten,
	updateDetails,
	type SubscriberInput,
} from './subscribers.ts';

const HEADERS = {
	email: ['e-post', 'epost', 'e-postadresse', 'email', 'e-mail', 'mail'],
	name: ['navn', 'name'],
	org: ['kommunenummer', 'kommunenr', 'kommune', 'municipality', 'organisasjon', 'organisation'],
	role: ['rolle', 'roller', 'role', 'roles'],
	topics: ['tema', 'topics'],
} as const;

export type ImportSummary = {
	added: number;
	updated: number;
	unchanged: number;
	bad: number;
	/** One Norwegian line per bad or notable row (line numbers, never addresses). */
	lines: string[];
};

type Parsed = SubscriberInput & { line: number };

function readRow(fields: string[], col: Record<string, number>): Parsed | string {
	const get = (k: string) => (col[k]! >= 0 ? (fields[col[k]!] ?? '') : '').trim();
	const address = normaliseAddress(get('email'));
	if (!address.ok) return address.reason;
	const orgRaw = get('org');
	const orgNumber = orgRaw ? todaysNumber(orgRaw) : null;
	if (orgRaw && !orgNumber) return nl.unknownMunicipality(orgRaw);
	const names = get('role')
		.split('|')
		.map((r) => r.trim())
		.filter(Boolean);
	if (!names.length) return nl.noRole;
	const roles: Role[] = [];
	for (const name of names) {
		const role = parseRole(name);
		if (!role) return nl.unknownRole(name);
		roles.push(role);
	}
	const topics = get('topics')
		.split('|')
		.map((t) => t.trim())
		.filter(Boolean);
	return { line: 0, email: address.address, name: get('name') || null, orgNumber, roles, topics };
}

/** Imports the CSV `bytes` (named `file` in messages); `dryRun` reports without saving. */
export function importCsv(
	db: Db,
	bytes: Uint8Array,
	opts: { file: string; dryRun?: boolean; now: Date },
): ImportSummary {
	const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0, bad: 0, lines: [] };
	const bad = (line: number, reason: string) => {
		summary.bad += 1;
		summary.lines.push(nl.badRow(opts.file, line, reason));
	};
	const { records, broken } = parseCsv(decodeText(bytes));
	const header = records.shift();
	const names = (header?.fields ?? []).map((h) => h.toLowerCase());
	const col = Object.fromEntries(
		Object.entries(HEADERS).map(([k, aliases]) => [
			k,
			names.findIndex((n) => (aliases as readonly string[]).includes(n)),
		]),
	);
	if (col.email! < 0) {
		summary.lines.push(nl.noEmailColumn(opts.file));
		return summary;
	}
	for (const { line } of broken) bad(line, nl.unclosedQuote);
	// Merge rows of one address first (a person holding two roles may have two lines).
	const rows = new Map<string, Parsed>();
	for (const record of records) {
		const row = readRow(record.fields, col);
		if (typeof row === 'string') {
			bad(record.line, row);
			continue;
		}
		const first = rows.get(row.email);
		if (first) {
			first.roles = [...new Set([...first.roles, ...row.roles])];
			summary.lines.push(nl.badRow(opts.file, record.line, nl.duplicateInFile(first.line)));
		} else rows.set(row.email, { ...row, line: record.line });
	}
	db.exec('BEGIN IMMEDIATE');
	try {
		for (const row of rows.values()) importRow(db, row, opts, summary);
		db.exec(opts.dryRun ? 'ROLLBACK' : 'COMMIT');
	} catch (error) {
		db.exec('ROLLBACK');
		throw error;
	}
	summary.lines.sort((a, b) => lineOf(a) - lineOf(b));
	return summary;
}

const lineOf = (message: string) => Number(/:(\d+):/.exec(message)?.[1] ?? 0);

function importRow(db: Db, row: Parsed, opts: { file: string; now: Date }, s: ImportSummary) {
	const existing = findByEmail(db, row.email);
	if (!existing) {
		if (isForgotten(db, row.email)) {
			s.unchanged += 1;
			s.lines.push(nl.badRow(opts.file, row.line, nl.forgottenKept));
			return;
		}
		const meta = {
			status: 'active',
			basis: 'role',
			consentVersion: null,
			consentAt: null,
		} as const;
		insertSubscriber(db, row, { ...meta, source: `import:${opts.file}` }, opts.now);
		s.added += 1;
		return;
	}
	if (existing.status === 'unsubscribed')
		s.lines.push(nl.badRow(opts.file, row.line, nl.unsubscribedKept));
	const roles = existing.basis === 'consent' ? [...existing.roles, ...row.roles] : row.roles;
	const topics = row.topics?.length ? row.topics : existing.topics;
	const next = { ...row, roles: [...new Set(roles)], topics };
	const same =
		existing.name === (next.name ?? null) &&
		existing.orgNumber === (next.orgNumber ?? null) &&
		JSON.stringify(existing.roles) === JSON.stringify(next.roles) &&
		JSON.stringify(existing.topics) === JSON.stringify(next.topics);
	if (same) s.unchanged += 1;
	else {
		updateDetails(db, existing.id, next, opts.now);
		s.updated += 1;
	}
}
