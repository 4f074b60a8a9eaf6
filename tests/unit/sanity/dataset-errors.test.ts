/** readDataset reports bad lines and throws a DatasetError naming the path it cannot read. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDataset } from '../../../src/sanity/dataset.ts';
import { ContentReport, DatasetError } from '../../../src/report/report.ts';
import { useTempDir } from '../../helpers/dataset.ts';

const tmp = useTempDir();

describe('readDataset', () => {
	describe('from a bare .ndjson file', () => {
		test('reports lines without _id or _type by line number and skips blank lines', async () => {
			const file = join(tmp.path, 'lines.ndjson');
			const lines = [
				'{"_id":"a","_type":"post"}',
				'',
				'{"_type":"post","title":"uten id"}',
				'[1,2,3]',
				'{"_id":"b","_type":"topic"}\r',
				'{"_id":"c",',
			];
			await writeFile(file, lines.join('\n'));
			const report = new ContentReport();
			const dataset = await readDataset(file, report);
			expect(dataset.documents.map((d) => d._id)).toEqual(['a', 'b']);
			expect(report.lines).toEqual([
				'[sanity] lines.ndjson, linje 3: mangler _id eller _type, hoppet over',
				'[sanity] lines.ndjson, linje 4: mangler _id eller _type, hoppet over',
				'[sanity] lines.ndjson, linje 6 (c): ugyldig JSON (avkortet eller ødelagt linje), hoppet over',
			]);
		});
	});

	describe('when the dataset cannot be read', () => {
		test.each([
			{
				name: 'a missing path',
				setup: async () => join(tmp.path, 'finnes-ikke'),
				message: /Fant ikke datasettet/,
			},
			{
				name: 'a folder without data.ndjson',
				setup: async () => {
					const dir = join(tmp.path, 'empty-folder');
					await mkdir(join(dir, 'images'), { recursive: true });
					return dir;
				},
				message: /er ikke en Sanity-eksport/,
			},
			{
				name: 'a file that is not an export',
				setup: async () => {
					const file = join(tmp.path, 'notes.txt');
					await writeFile(file, '{"_id":"a","_type":"post"}');
					return file;
				},
				message: /er ikke en Sanity-eksport/,
			},
			{
				name: 'an .ndjson without any readable document',
				setup: async () => {
					const file = join(tmp.path, 'garbage.ndjson');
					await writeFile(file, '{"_id":"x",\nikke json\n{"title":"uten id"}\n');
					return file;
				},
				message: /har ingen lesbare dokumenter/,
			},
			{
				name: 'an empty .ndjson',
				setup: async () => {
					const file = join(tmp.path, 'empty.ndjson');
					await writeFile(file, '');
					return file;
				},
				message: /har ingen lesbare dokumenter/,
			},
		])('throws a DatasetError naming the path for $name', async ({ setup, message }) => {
			const path = await setup();
			const error = await readDataset(path).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(DatasetError);
			expect((error as Error).message).toMatch(message);
			expect((error as Error).message).toContain(`"${path}"`);
		});

		test('lists the bad lines in the error when no document is readable', async () => {
			const file = join(tmp.path, 'only-bad.ndjson');
			await writeFile(file, '{"_id":"x",\n');
			const error = (await readDataset(file).catch((e: unknown) => e)) as Error;
			expect(error.message).toContain('only-bad.ndjson, linje 1 (x): ugyldig JSON');
		});
	});
});
