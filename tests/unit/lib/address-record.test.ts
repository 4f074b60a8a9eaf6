/** The record of published addresses: nothing forgotten, moves and removals derived from it. */
import { describe, expect, test } from 'vitest';
import {
	emptyRecord,
	isRecordPath,
	oldAddresses,
	parseRecord,
	updateRecord,
	type CurrentAddress,
} from '../../../src/lib/address-record.ts';

const T1 = new Date('2026-12-01T10:00:00Z');
const T2 = new Date('2026-12-02T10:00:00Z');
const T3 = new Date('2026-12-03T10:00:00Z');
const page = (key: string, path: string): CurrentAddress => ({ key, kind: 'page', path });

describe('updateRecord and oldAddresses', () => {
	const first = updateRecord(
		emptyRecord(),
		[
			page('post-a', '/nyheter/gammel/'),
			page('post-b', '/nyheter/b/'),
			{
				key: 'post-a#k1',
				kind: 'file',
				path: '/vedlegg/abc/mal.docx',
				previous: ['/vedlegg/1111/mal.docx'],
			},
		],
		T1,
	);
	const second = updateRecord(
		first,
		[
			page('post-a', '/nyheter/ny/'),
			{
				key: 'post-a#k1',
				kind: 'file',
				path: '/vedlegg/abc/mal-v2.docx',
				previous: ['/vedlegg/2222/mal-v2.docx'],
			},
		],
		T2,
	);

	test('a renamed post keeps its old path, and the old one moves to the new', () => {
		expect(second.entries['post-a']).toEqual({
			kind: 'page',
			current: '/nyheter/ny/',
			paths: ['/nyheter/gammel/', '/nyheter/ny/'],
		});
		expect(oldAddresses(second).moved.get('/nyheter/gammel/')).toBe('/nyheter/ny/');
	});

	test('every old file address (hash-based and by name) leads to the current file', () => {
		const { moved } = oldAddresses(second);
		for (const old of [
			'/vedlegg/1111/mal.docx',
			'/vedlegg/abc/mal.docx',
			'/vedlegg/2222/mal-v2.docx',
		])
			expect(moved.get(old)).toBe('/vedlegg/abc/mal-v2.docx');
	});

	test('a post missing from the build is gone from then on, and comes back as it was', () => {
		expect(second.entries['post-b']).toMatchObject({ current: null, removedAt: T2.toISOString() });
		expect(oldAddresses(second).gone).toEqual(new Map([['/nyheter/b/', 'page']]));
		const back = updateRecord(second, [page('post-b', '/nyheter/b2/')], T3);
		expect(back.entries['post-b']).toEqual({
			kind: 'page',
			current: '/nyheter/b2/',
			paths: ['/nyheter/b/', '/nyheter/b2/'],
		});
		expect(oldAddresses(back).moved.get('/nyheter/b/')).toBe('/nyheter/b2/');
	});

	test('a path now live for another document is neither moved nor gone', () => {
		const taken = updateRecord(
			second,
			[page('post-a', '/nyheter/ny/'), page('post-c', '/nyheter/gammel/')],
			T3,
		);
		const { moved, gone } = oldAddresses(taken);
		expect(moved.has('/nyheter/gammel/')).toBe(false);
		expect(gone.has('/nyheter/gammel/')).toBe(false);
	});
});

describe('parseRecord', () => {
	test('reads back what updateRecord wrote', () => {
		const record = updateRecord(emptyRecord(), [page('post-a', '/nyheter/a/')], T1);
		expect(parseRecord(JSON.stringify(record))).toEqual(record);
	});

	test('drops paths that could leave the site or the build folder (the record is public input)', () => {
		const record = parseRecord(
			JSON.stringify({
				version: 1,
				updatedAt: T1.toISOString(),
				entries: {
					a: {
						kind: 'page',
						current: '//evil.example/',
						paths: ['/nyheter/a/', '/../../etc/', '//x/', 'http://x/'],
					},
					b: { kind: 'weird', current: '/b/', paths: ['/b/'] },
				},
			}),
		);
		expect(record.entries).toEqual({ a: { kind: 'page', current: null, paths: ['/nyheter/a/'] } });
	});

	test.each([['ikke json'], ['{"version":2,"entries":{}}']])('refuses %s', (text) => {
		expect(() => parseRecord(text)).toThrow();
	});
});

describe('isRecordPath', () => {
	test.each([
		['/nyheter/a/', 'page', true],
		['/nyheter/a', 'page', false],
		['/vedlegg/k/a.pdf', 'file', true],
		['/vedlegg/../a.pdf', 'file', false],
		['/a\\b/', 'page', false],
		['/a/./', 'page', false],
	] as const)('%s as %s → %s', (path, kind, ok) => {
		expect(isRecordPath(path, kind)).toBe(ok);
	});
});
