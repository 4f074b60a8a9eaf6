import { createReadStream, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sanityImport } from '@sanity/import';
import { list } from 'tar';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { packSeed } from '../../scripts/pack-seed.ts';
import { createImportClient } from './helpers/import-client.ts';
import { makeTempDir } from './helpers/run.ts';
import { SEED_DIR } from './helpers/seed.ts';

const seedLines = readFileSync(join(SEED_DIR, 'data.ndjson'), 'utf8').split('\n').filter(Boolean);
const seedAssets = JSON.parse(readFileSync(join(SEED_DIR, 'assets.json'), 'utf8')) as Record<
	string,
	{ originalFilename: string }
>;
const seedFiles = ['images', 'files'].flatMap((dir) =>
	readdirSync(join(SEED_DIR, dir)).map((file) => `${dir}/${file}`),
);

let tempDir: string;
let archive: string;
let entries: string[];

beforeAll(async () => {
	tempDir = makeTempDir('seed-pack');
	archive = join(tempDir, 'production.tar.gz');
	await packSeed(archive, SEED_DIR, new Date('2026-01-02T03:04:05.678Z'));
	entries = [];
	await list({ file: archive, onReadEntry: (entry) => void entries.push(entry.path) });
});

afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

describe('packSeed', () => {
	test('puts everything under one top folder named like a Sanity export', () => {
		const tops = new Set(entries.map((path) => path.split('/')[0]));
		expect([...tops]).toEqual(['production-export-2026-01-02t03-04-05-678z']);
	});

	test('holds data.ndjson, assets.json and every image and file of the seed', () => {
		const inside = entries.map((path) => path.split('/').slice(1).join('/')).filter(Boolean);
		expect(inside).toContain('data.ndjson');
		expect(inside).toContain('assets.json');
		for (const file of seedFiles) expect(inside).toContain(file);
	});

	test('is imported by @sanity/import (what `sanity dataset import` runs): every document, asset and reference', async () => {
		const { client, created, uploads, patches } = createImportClient();
		const result = await sanityImport(createReadStream(archive), {
			client: client as never,
			operation: 'createOrReplace',
		});

		expect(result.numDocs).toBe(seedLines.length);
		expect(result.warnings).toEqual([]);
		expect([...created.keys()].sort()).toEqual(
			seedLines.map((line) => (JSON.parse(line) as { _id: string })._id).sort(),
		);
		for (const doc of created.values()) expect(JSON.stringify(doc)).not.toContain('_sanityAsset');

		// Each file is uploaded once under its original name; the file names are the content's sha1.
		expect(uploads.map((upload) => upload.filename).sort()).toEqual(
			Object.values(seedAssets)
				.map((meta) => meta.originalFilename)
				.sort(),
		);
		for (const upload of uploads) {
			expect(seedFiles.some((file) => file.includes(upload.sha1))).toBe(true);
		}

		// Every `_sanityAsset` in data.ndjson becomes an asset reference.
		const assetFields = seedLines.join('\n').match(/"_sanityAsset"/g)?.length ?? 0;
		const referenceSets = patches.flatMap((patch) =>
			patch.operations.filter(
				(operation) =>
					operation.op === 'set' &&
					Object.keys(operation.value).some((path) => path.endsWith('.asset')),
			),
		);
		expect(referenceSets).toHaveLength(assetFields);
	});
});
