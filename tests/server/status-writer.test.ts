/**
 * The status channel's writers (server/status/writer.ts): memory, the JSON file beside the build,
 * fan-out, and the Sanity writer against a fake client that records what it is asked to write.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	fanOutStatusWriter,
	fileStatusWriter,
	memoryStatusWriter,
	sanityStatusWriter,
	type StatusWriter,
} from '../../server/status/writer.ts';
import { fakeStatusClient } from './helpers/fake-status-client.ts';

const AT = '2026-12-06T12:00:00.000Z';
const live = { state: 'live', at: AT, message: 'Bygg 1' } as const;
const posted = { state: 'posted', at: AT, postId: '111_1' } as const;

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'ks-status-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('memoryStatusWriter', () => {
	test('keeps each part of a post apart and the site status', async () => {
		const writer = memoryStatusWriter();
		await writer.setPost('post-1', 'publish', live);
		await writer.setPost('post-1', 'facebook', posted);
		await writer.setSite({ state: 'live', at: AT, liveSince: AT });
		expect(writer.snapshot()).toEqual({
			site: { state: 'live', at: AT, liveSince: AT },
			posts: { 'post-1': { publish: live, facebook: posted } },
		});
	});

	test.each(['drafts.post-1', 'versions.r1.post-1', 'a/b'])('refuses the id %s', async (id) => {
		await expect(memoryStatusWriter().setPost(id, 'publish', live)).rejects.toThrow(
			/Ugyldig dokument-id for status/,
		);
	});
});

describe('fileStatusWriter', () => {
	test('writes every part into one JSON file, parallel writes included', async () => {
		const path = join(dir, 'reports', 'status.json');
		const writer = fileStatusWriter(path);
		await Promise.all([
			writer.setPost('post-1', 'publish', live),
			writer.setPost('post-1', 'facebook', posted),
			writer.setPost('post-2', 'publish', { state: 'waiting', at: AT }),
			writer.setSite({ state: 'building', at: AT }),
		]);
		expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
			site: { state: 'building', at: AT },
			posts: {
				'post-1': { publish: live, facebook: posted },
				'post-2': { publish: { state: 'waiting', at: AT } },
			},
		});
	});

	test('starts afresh over an unreadable file', async () => {
		const path = join(dir, 'status.json');
		await writeFile(path, '{ikke json');
		await fileStatusWriter(path).setSite({ state: 'failed', at: AT, message: 'Bygget feilet: x' });
		expect(JSON.parse(await readFile(path, 'utf8')).site.message).toBe('Bygget feilet: x');
	});
});

describe('fanOutStatusWriter', () => {
	test('a failing writer is reported in one line and the others still get the write', async () => {
		const memory = memoryStatusWriter();
		const broken: StatusWriter = {
			setPost: async () => {
				throw new Error('Sanity svarte 503\nstakk');
			},
			setSite: async () => undefined,
			setAudience: async () => undefined,
		};
		const errors: string[] = [];
		const writer = fanOutStatusWriter([broken, memory], (line) => errors.push(line));
		await writer.setPost('post-1', 'publish', live);
		expect(errors).toEqual(['Kunne ikke skrive status: Sanity svarte 503']);
		expect(memory.snapshot().posts['post-1']?.publish).toEqual(live);
	});
});

describe('sanityStatusWriter', () => {
	test('creates status.<id> with a weak reference once and sets only the written part', async () => {
		const client = fakeStatusClient();
		const writer = sanityStatusWriter(client);
		await writer.setPost('post-1', 'publish', live);
		await writer.setPost('post-1', 'facebook', posted);
		expect(client.documents.get('status.post-1')).toEqual({
			_id: 'status.post-1',
			_type: 'postStatus',
			post: { _type: 'reference', _ref: 'post-1', _weak: true },
			publish: live,
			facebook: posted,
		});
		expect(client.calls).toEqual([
			'createIfNotExists status.post-1',
			'patch status.post-1 set publish',
			'createIfNotExists status.post-1',
			'patch status.post-1 set facebook',
		]);
	});

	test('writes the site status to status.site', async () => {
		const client = fakeStatusClient();
		await sanityStatusWriter(client).setSite({ state: 'live', at: AT, liveSince: AT });
		expect(client.documents.get('status.site')).toEqual({
			_id: 'status.site',
			_type: 'siteStatus',
			site: { state: 'live', at: AT, liveSince: AT },
		});
	});
});
