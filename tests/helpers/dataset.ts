/**
 * Paths, temp folders and shared expectations for the readDataset tests
 * (tests/unit/dataset-*.test.ts) and the content store tests that read the same exports.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { readDataset, type Dataset, type SanityDocument } from '../../src/sanity/dataset.ts';
import { ContentReport } from '../../src/report/report.ts';
import { ROOT } from './build.ts';
import { placeholder } from './images.ts';

export const SEED = join(ROOT, 'sanity-studio', 'seed', 'production');
export const BROKEN = join(ROOT, 'tests', 'fixtures', 'broken-export');
export const EXPORT_FOLDER = 'production-export-2026-11-25t12-00-00-000z';
/** Where readDataset unpacks .tar.gz exports (relative to the working directory). */
export const TAR_CACHE = join(ROOT, 'node_modules', '.cache', 'sanity-export');

export const BROKEN_IMAGE = 'image-ea37e34c9a5e22a45c73cb96d9674331220cf594-96x64-jpg';
export const BROKEN_FILE = 'file-ec5a8d629d9f55779421d8abfa8d72728adc6c7a-pdf';
export const MISSING_IMAGE = 'image-0000000000000000000000000000000000000000-10x10-jpg';

/**
 * A temp folder made before the file's tests and removed after them, together with any
 * folder passed to `removeLater` (such as the cache folder a .tar.gz is unpacked into).
 */
export function useTempDir(): { readonly path: string; removeLater(dir: string): void } {
	let path = '';
	const later: string[] = [];
	beforeAll(async () => {
		path = await mkdtemp(join(tmpdir(), 'ks-dataset-'));
	});
	afterAll(async () => {
		await rm(path, { recursive: true, force: true });
		for (const dir of later) await rm(dir, { recursive: true, force: true });
	});
	return {
		get path() {
			return path;
		},
		removeLater: (dir) => void later.push(dir),
	};
}

/** Reads the committed seed export, with the report it filled. */
export async function readSeed(): Promise<{ seed: Dataset; seedReport: ContentReport }> {
	const seedReport = new ContentReport();
	return { seed: await readDataset(SEED, seedReport, placeholder), seedReport };
}

export const byId = (dataset: Dataset, id: string) => dataset.documents.find((d) => d._id === id);
export const countLines = async (file: string) =>
	(await readFile(file, 'utf8')).split('\n').filter((l) => l.trim()).length;

/** Every value of `key` anywhere inside `node`. */
export function collect(node: unknown, key: string, out: unknown[] = []): unknown[] {
	if (Array.isArray(node)) for (const item of node) collect(item, key, out);
	else if (node && typeof node === 'object') {
		for (const [k, v] of Object.entries(node)) {
			if (k === key) out.push(v);
			collect(v, key, out);
		}
	}
	return out;
}

/** Expectations shared by every form of the broken fixture export. */
export async function expectBrokenExport(dataset: Dataset, report: ContentReport) {
	const post = byId(dataset, 'post-good') as SanityDocument & {
		mainImage: unknown;
		body: Array<Record<string, unknown>>;
	};
	expect(post.mainImage).toMatchObject({
		asset: { _type: 'reference', _ref: BROKEN_IMAGE },
		alt: 'Et blått testbilde',
	});
	expect(post.body[1]).toMatchObject({
		_type: 'figure',
		asset: { _type: 'reference', _ref: BROKEN_IMAGE },
	});
	expect(post.body[2]).toMatchObject({
		_type: 'attachment',
		file: { _type: 'file', asset: { _type: 'reference', _ref: BROKEN_FILE } },
	});
	expect(collect(dataset.documents, '_sanityAsset')).toEqual([]);
	expect(byId(dataset, BROKEN_IMAGE)?._type).toBe('sanity.imageAsset');
	expect(byId(dataset, BROKEN_FILE)?._type).toBe('sanity.fileAsset');
	expect(report.lines).toContain(
		'[sanity] data.ndjson, linje 7 (post-truncated): ugyldig JSON (avkortet eller ødelagt linje), hoppet over',
	);
	expect(byId(dataset, 'post-truncated')).toBeUndefined();
}
