/** reports/schedule.json, written by the site build, read by the publish server. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readSchedule } from '../../server/schedule/schedule-file.ts';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'ks-schedule-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

const write = async (text: string) => {
	await writeFile(join(dir, 'schedule.json'), text);
	return join(dir, 'schedule.json');
};

describe('readSchedule', () => {
	test('reads nextChangeAt, its kind and builtAt', async () => {
		const path = await write(
			JSON.stringify({
				nextChangeAt: '2026-01-30T13:00:00Z',
				nextKind: 'pinEnds',
				nextLabel: 'festet hovedsak slutter',
				nextPublishAt: '2099-06-01T08:00:00Z',
				builtAt: '2026-01-30T10:00:00.000Z',
				changes: [],
			}),
		);
		expect(await readSchedule(path)).toEqual({
			nextChangeAt: new Date('2026-01-30T13:00:00Z'),
			nextKind: 'pinEnds',
			nextLabel: 'festet hovedsak slutter',
			builtAt: new Date('2026-01-30T10:00:00Z'),
		});
	});

	test('reads a file from before nextChangeAt by its nextPublishAt', async () => {
		const path = await write(
			'{"nextPublishAt":"2099-06-01T08:00:00Z","builtAt":"2026-01-30T10:00:00.000Z"}',
		);
		expect(await readSchedule(path)).toEqual({
			nextChangeAt: new Date('2099-06-01T08:00:00Z'),
			builtAt: new Date('2026-01-30T10:00:00Z'),
		});
	});

	test('nextChangeAt may be null', async () => {
		const path = await write('{"nextChangeAt":null,"builtAt":"2026-01-30T10:00:00Z"}');
		expect((await readSchedule(path))?.nextChangeAt).toBeNull();
	});

	test('a missing file is null', async () => {
		expect(await readSchedule(join(dir, 'finnes-ikke.json'))).toBeNull();
	});

	test.each([
		'ikke json',
		'{"nextPublishAt":"snart","builtAt":"2026-01-30T10:00:00Z"}',
		'{"nextPublishAt":null}',
		'{"nextChangeAt":"snart","nextPublishAt":null,"builtAt":"2026-01-30T10:00:00Z"}',
	])('refuses %s with a Norwegian message', async (text) => {
		await expect(readSchedule(await write(text))).rejects.toThrow(
			/schedule\.json (er ikke gyldig JSON|mangler gyldig)/,
		);
	});
});
