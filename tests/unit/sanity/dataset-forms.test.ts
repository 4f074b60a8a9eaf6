/** readDataset over the three forms of an export: a folder, a .tar.gz and a bare .ndjson. */
import { cp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create as createTar } from 'tar';
import { beforeAll, describe, expect, test } from 'vitest';
import { readDataset, type Dataset, type SanityDocument } from '../../../src/sanity/dataset.ts';
import { ContentReport, DatasetError } from '../../../src/report/report.ts';
import {
	BROKEN,
	BROKEN_FILE,
	BROKEN_IMAGE,
	EXPORT_FOLDER,
	SEED,
	TAR_CACHE,
	byId,
	countLines,
	expectBrokenExport,
	readSeed,
	useTempDir,
} from '../../helpers/dataset.ts';

const tmp = useTempDir();

describe('readDataset', () => {
	describe('from a folder', () => {
		let seed: Dataset;
		let seedReport: ContentReport;

		beforeAll(async () => {
			({ seed, seedReport } = await readSeed());
		});

		test('reads every document of the seed export without complaints', async () => {
			const lines = await countLines(join(SEED, 'data.ndjson'));
			const assets = seed.documents.filter((d) => d._type.startsWith('sanity.'));
			expect(seed.documents.length - assets.length).toBe(lines);
			expect(seedReport.format()).toBe('');
			expect(seed.source).toBe(`file://${join(SEED, 'data.ndjson')}`);
		});

		test('reads the broken export: reports the truncated line 7 and keeps the rest', async () => {
			const report = new ContentReport();
			const dataset = await readDataset(BROKEN, report);
			await expectBrokenExport(dataset, report);
			// Unknown and internal types are kept; the queries simply do not ask for them.
			expect(byId(dataset, 'legacy-banner-1')?._type).toBe('legacyBanner');
			expect(byId(dataset, 'drafts.post-draft')).toBeDefined();
		});

		test('finds data.ndjson inside the single top folder of an untarred export', async () => {
			const dir = join(tmp.path, 'untarred');
			await cp(BROKEN, join(dir, EXPORT_FOLDER), { recursive: true });
			const report = new ContentReport();
			const dataset = await readDataset(dir, report);
			await expectBrokenExport(dataset, report);
		});
	});

	describe('from a .tar.gz export', () => {
		test('unpacks it and reads the one top folder, whatever it is called', async () => {
			const src = join(tmp.path, 'tar-src');
			await cp(BROKEN, join(src, EXPORT_FOLDER), { recursive: true });
			const file = join(tmp.path, 'production.tar.gz');
			await createTar({ gzip: true, file, cwd: src }, [EXPORT_FOLDER]);
			await rm(src, { recursive: true });

			const report = new ContentReport();
			const dataset = await readDataset(file, report);
			const ndjson = fileURLToPath(dataset.source);
			// A .tar.gz is unpacked into a cache folder; remove what this test unpacked.
			tmp.removeLater(dirname(dirname(ndjson)));

			expect(ndjson.endsWith(join(EXPORT_FOLDER, 'data.ndjson'))).toBe(true);
			await expectBrokenExport(dataset, report);
			// Asset URLs point at the unpacked files, which exist.
			const image = byId(dataset, BROKEN_IMAGE) as SanityDocument & { url: string; size: number };
			expect((await stat(fileURLToPath(image.url))).size).toBe(image.size);
		});

		test('fails with a DatasetError naming the file when it is not a valid archive', async () => {
			const file = join(tmp.path, 'corrupt.tar.gz');
			await writeFile(file, 'dette er ikke gzip');
			const before = new Set(await readdir(TAR_CACHE).catch(() => []));
			const error = await readDataset(file).catch((e: unknown) => e);
			// Remove the (empty) folder the failed attempt left in the cache.
			for (const entry of await readdir(TAR_CACHE).catch(() => [])) {
				if (!before.has(entry)) tmp.removeLater(join(TAR_CACHE, entry));
			}
			expect(error).toBeInstanceOf(DatasetError);
			expect((error as Error).message).toContain(file);
		});
	});

	describe('from a bare .ndjson file', () => {
		test('reads it with assets resolved next to it', async () => {
			const report = new ContentReport();
			const dataset = await readDataset(join(BROKEN, 'data.ndjson'), report);
			await expectBrokenExport(dataset, report);
		});

		test('reads the documents and notes the asset files it cannot find', async () => {
			const file = join(tmp.path, 'alone.ndjson');
			await cp(join(BROKEN, 'data.ndjson'), file);
			const report = new ContentReport();
			const dataset = await readDataset(file, report);
			expect(byId(dataset, 'post-good')).toBeDefined();
			expect(byId(dataset, BROKEN_FILE)).toBeUndefined();
			expect(report.lines.filter((l) => l.includes('eksporten mangler filen'))).toHaveLength(3);
		});
	});
});
