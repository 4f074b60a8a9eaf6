/**
 * Packs the embedded seed dataset (sanity-studio/seed/production/) into an import-ready
 * `production.tar.gz`, laid out like `sanity dataset export` writes it: one top folder
 * `production-export-<timestamp>/` holding data.ndjson, assets.json, images/ and files/.
 *
 *   npm run seed:pack                      writes ./production.tar.gz
 *   npm run seed:pack -- --out /tmp/x.tgz  writes elsewhere
 *
 * Then: cd sanity-studio && npx sanity dataset import ../production.tar.gz production
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { create } from 'tar';

const ROOT = join(import.meta.dirname, '..');
const SEED_DIR = join(ROOT, 'sanity-studio', 'seed', 'production');
/** What a Sanity export contains; anything else in the seed folder stays out of the archive. */
const EXPORT_ENTRIES = ['data.ndjson', 'assets.json', 'images', 'files'];

/** Names the top folder the way Sanity's exporter does: `<dataset>-export-<timestamp>`. */
export function exportFolderName(dataset: string, date: Date): string {
	return `${dataset}-export-${date.toISOString().replace(/[:.]/g, '-').toLowerCase()}`;
}

/** Writes the archive and returns its path and the entries it holds. */
export async function packSeed(out: string, seedDir = SEED_DIR, date = new Date()) {
	if (!existsSync(join(seedDir, 'data.ndjson'))) {
		throw new Error(`No data.ndjson in ${seedDir}: run \`npm run seed:generate\` first.`);
	}
	const present = new Set(await readdir(seedDir));
	const entries = EXPORT_ENTRIES.filter((entry) => present.has(entry));
	await create(
		{
			gzip: true,
			file: out,
			cwd: seedDir,
			prefix: exportFolderName('production', date),
			portable: true,
		},
		entries,
	);
	return { out, entries };
}

if (import.meta.main) {
	const { values } = parseArgs({
		options: { out: { type: 'string', default: 'production.tar.gz' } },
	});
	const out = resolve(values.out);
	const { entries } = await packSeed(out);
	console.log(`[seed:pack] wrote ${relative(process.cwd(), out) || out} (${entries.join(', ')})`);
}
