import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { normaliseAddress } from '../../../server/newsletter/address.ts';
import { importCsv } from '../../../server/newsletter/import.ts';
import { allSubscribers, findByEmail, setStatus } from '../../../server/newsletter/subscribers.ts';
import { runCommand, type CommandOptions } from '../../../server/newsletter/commands.ts';
import { testContext } from './helpers/context.ts';
import {
	makeNewsletterRoot,
	ROLE_LIST,
	ROLE_LIST_EXCEL,
	type NewsletterRoot,
} from './helpers/newsletter-root.ts';

let site: NewsletterRoot;
let t: ReturnType<typeof testContext>;
const now = new Date('2026-12-01T10:00:00Z');
const run = (command: string, args: string[], opts: Partial<CommandOptions> = {}) =>
	runCommand(t.ctx, command, args, {
		dryRun: false,
		resendUncertain: false,
		audiences: [],
		to: [],
		readFile: async (path) => ({ bytes: await readFile(path), name: 'rolleliste.csv' }),
		...opts,
	});

beforeEach(async () => {
	site = await makeNewsletterRoot();
	t = testContext(site.root);
});
afterEach(async () => {
	t.ctx.db.close();
	await site.remove();
});

describe('normaliseAddress', () => {
	test.each([
		['  Kari@Example.NO ', 'Kari@example.no'],
		['hr@snåsa.example.no', 'hr@xn--snsa-roa.example.no'],
	])('normalises %s', (raw, address) => {
		expect(normaliseAddress(raw)).toEqual({ ok: true, address });
	});
	test.each([
		['feil adresse@example.no', 'mellomrom'],
		['to@@example.no', 'én @'],
		['kari@localhost', 'domene'],
		['', 'mangler'],
	])('refuses %j with a Norwegian reason', (raw, reason) => {
		const result = normaliseAddress(raw);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.reason).toContain(reason);
	});
});

describe('importCsv', () => {
	test('imports the good rows and names each bad row by line number and reason', async () => {
		const summary = importCsv(t.ctx.db, await readFile(ROLE_LIST), { file: 'liste.csv', now });
		expect(summary).toMatchObject({ added: 12, updated: 0, bad: 4 });
		expect(summary.lines).toEqual([
			'[import] liste.csv:12: samme adresse som linje 11; rollene er slått sammen',
			'[import] liste.csv:13: e-postadressen inneholder mellomrom',
			'[import] liste.csv:14: ukjent kommune «9999» (bruk kommunenummer eller navn i Trøndelag)',
			'[import] liste.csv:15: rolle mangler',
			'[import] liste.csv:16: anførselstegn som ikke lukkes; raden er hoppet over',
		]);
		expect(summary.lines.join('\n')).not.toContain('@');
		// the row after the broken quote was read again
		expect(findByEmail(t.ctx.db, 'hr.hitra@example.no')?.roles).toEqual(['hr-leder']);
	});

	test('maps merged municipalities to today, lower-cases and IDNA-normalises the domain', async () => {
		importCsv(t.ctx.db, await readFile(ROLE_LIST), { file: 'liste.csv', now });
		expect(findByEmail(t.ctx.db, 'hr.heim@example.no')).toMatchObject({
			orgNumber: '5055',
			orgName: 'Heim',
		});
		expect(findByEmail(t.ctx.db, 'hr.orkland@example.no')).toMatchObject({ orgNumber: '5059' });
		expect(findByEmail(t.ctx.db, 'HR.Steinkjer@example.no')).toMatchObject({ orgNumber: '5006' });
		expect(findByEmail(t.ctx.db, 'hr.fylket@example.no')).toMatchObject({ orgKind: 'county' });
		expect(findByEmail(t.ctx.db, 'hr@xn--snsa-roa.example.no')).toMatchObject({
			status: 'active',
			basis: 'role',
		});
		expect(findByEmail(t.ctx.db, 'hr.roros@example.no')?.roles).toEqual([
			'hr-leder',
			'hovedtillitsvalgt',
		]);
	});

	test('reads Windows-1252 from Excel the same as UTF-8, and commas as delimiter', async () => {
		const excel = importCsv(t.ctx.db, await readFile(ROLE_LIST_EXCEL), { file: 'excel.csv', now });
		expect(excel.added).toBe(12);
		expect(findByEmail(t.ctx.db, 'ordforer.trondheim@example.no')?.name).toBe('Olav Ordfører');
		const comma = importCsv(
			t.ctx.db,
			Buffer.from('email,name,municipality,role\nny@example.no,"Nordmann, Ola",Orkdal,Mayor\n'),
			{ file: 'komma.csv', now },
		);
		expect(comma).toMatchObject({ added: 1, bad: 0 });
		expect(findByEmail(t.ctx.db, 'ny@example.no')).toMatchObject({
			name: 'Nordmann, Ola',
			orgNumber: '5059',
			roles: ['ordforer'],
		});
	});

	test('re-import updates instead of duplicating, and never re-activates an unsubscribed address', async () => {
		importCsv(t.ctx.db, await readFile(ROLE_LIST), { file: 'liste.csv', now });
		const kari = findByEmail(t.ctx.db, 'kd.trondheim@example.no')!;
		setStatus(t.ctx.db, kari.id, 'unsubscribed', 'avmeldt', now);
		const again = importCsv(
			t.ctx.db,
			Buffer.from(
				'e-post;navn;kommunenummer;rolle\nkd.trondheim@example.no;Kari Direktør;5001;Kommunedirektør\nhr.heim@example.no;Per Hansen;5055;Økonomisjef\n',
			),
			{ file: 'igjen.csv', now },
		);
		expect(again).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
		expect(again.lines).toEqual([
			'[import] igjen.csv:2: adressen har meldt seg av og blir ikke meldt på igjen av en import',
		]);
		expect(findByEmail(t.ctx.db, 'kd.trondheim@example.no')?.status).toBe('unsubscribed');
		expect(findByEmail(t.ctx.db, 'hr.heim@example.no')?.roles).toEqual(['okonomisjef']);
		expect(allSubscribers(t.ctx.db)).toHaveLength(12);
	});

	test('--dry-run reports and saves nothing', async () => {
		expect(await run('import', [ROLE_LIST], { dryRun: true })).toBe(true);
		expect(t.lines.at(-1)).toBe('[prøvekjøring] 12 nye, 0 oppdatert, 0 uendret, 4 rader med feil.');
		expect(allSubscribers(t.ctx.db)).toHaveLength(0);
	});

	test('a file without an e-mail column is one line, nothing imported', () => {
		const summary = importCsv(t.ctx.db, Buffer.from('navn;rolle\nOla;Ordfører\n'), {
			file: 'x.csv',
			now,
		});
		expect(summary.lines).toEqual([
			'[import] x.csv: fant ingen kolonne for e-post (forventet «e-post» eller «email» i første linje)',
		]);
		expect(allSubscribers(t.ctx.db)).toHaveLength(0);
	});
});

describe('newsletter CLI: stats, export, forget', () => {
	test('export shows everything held about one person; forget deletes it and blocks a silent re-import', async () => {
		await run('import', [ROLE_LIST]);
		expect(t.status.snapshot().audiences).toMatchObject({
			'audience-hr': { count: 8 },
			'audience-ledere': { count: 4 },
			'audience-alle': { count: 12 },
		});
		t.lines.length = 0;
		expect(await run('export', ['hr.heim@example.no'])).toBe(true);
		const held = JSON.parse(t.lines[0]!);
		expect(held.subscriber).toMatchObject({
			email: 'hr.heim@example.no',
			basis: 'role',
			source: 'import:rolleliste.csv',
		});
		expect(held.subscriber.nonce).toBeUndefined();
		expect(await run('forget', ['hr.heim@example.no'])).toBe(true);
		expect(findByEmail(t.ctx.db, 'hr.heim@example.no')).toBeNull();
		expect(t.ctx.db.prepare('SELECT COUNT(*) AS n FROM forgotten').get()).toEqual({ n: 1 });
		const again = importCsv(t.ctx.db, await readFile(ROLE_LIST), { file: 'liste.csv', now });
		expect(again.lines).toContain(
			'[import] liste.csv:3: adressen er slettet etter ønske; den legges ikke inn igjen av en import (bare ved ny påmelding)',
		);
		expect(findByEmail(t.ctx.db, 'hr.heim@example.no')).toBeNull();
		t.lines.length = 0;
		await run('stats', []);
		expect(t.lines).toContain('status.active\t11');
		expect(await run('export', ['feil adresse@example.no'])).toBe(false);
		expect(t.lines.at(-1)).toBe('Ugyldig adresse: e-postadressen inneholder mellomrom.');
	});
});
