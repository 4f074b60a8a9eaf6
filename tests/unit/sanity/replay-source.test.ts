/** The API source's answers recorded on the main thread and given again to a worker thread. */
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportFingerprint } from '../../../src/sanity/export-fingerprint.ts';
import { recordingSource, replaySource } from '../../../src/sanity/replay-source.ts';
import type { ContentSource } from '../../../src/sanity/source.ts';

describe('recordingSource and replaySource', () => {
	test('a worker gets the answers the main thread got, by query and parameters, without asking', async () => {
		let asked = 0;
		const api: ContentSource = {
			description: 'API',
			kind: 'api',
			fetch: async <T>(query: string, params?: Record<string, unknown>) => {
				asked++;
				return { query, params, n: asked } as T;
			},
		};
		const main = recordingSource(api);
		const posts = await main.fetch('*[_type == "post"]');
		const topic = await main.fetch('*[_id == $id][0]', { id: 'topic-a' });
		const answers = structuredClone(await main.answers());
		expect(asked).toBe(2);

		const worker = replaySource(answers, 'the main thread');
		expect(await worker.fetch('*[_type == "post"]')).toEqual(posts);
		expect(await worker.fetch('*[_id == $id][0]', { id: 'topic-a' })).toEqual(topic);
		await expect(worker.fetch('*[_id == $id][0]', { id: 'topic-b' })).rejects.toThrow(
			/not recorded/,
		);
		expect(asked).toBe(2);
	});
});

describe('exportFingerprint', () => {
	test('changes when data.ndjson or assets.json change, not otherwise', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'ks-fingerprint-'));
		try {
			await writeFile(join(dir, 'data.ndjson'), '{"_id":"a","_type":"post"}\n');
			const first = await exportFingerprint(dir);
			expect(first).not.toBe('');
			expect(await exportFingerprint(dir)).toBe(first);
			await writeFile(join(dir, 'assets.json'), '{}');
			const withAssets = await exportFingerprint(dir);
			expect(withAssets).not.toBe(first);
			await writeFile(join(dir, 'data.ndjson'), '{"_id":"b","_type":"post"}\n');
			await utimes(join(dir, 'data.ndjson'), new Date(2020, 0, 1), new Date(2020, 0, 1));
			expect(await exportFingerprint(dir)).not.toBe(withAssets);
			expect(await exportFingerprint(join(dir, 'missing'))).toBe('');
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
