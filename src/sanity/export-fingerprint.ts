/**
 * A fingerprint of a local export's files (size and modification time of data.ndjson and
 * assets.json, or of a .tar.gz/.ndjson file): a worker thread that parses the export itself
 * (src/prerender/worker.ts) checks that it read the files the main thread read.
 */
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { locateExport } from './dataset.ts';

const stamp = (file: string) =>
	stat(file).then(
		(s) => `${s.size}:${s.mtimeMs}`,
		() => '-',
	);

/** The fingerprint of the export at `path` ('' when there is none to read). */
export async function exportFingerprint(path: string): Promise<string> {
	const info = await stat(resolve(path)).catch(() => null);
	if (!info) return '';
	if (!info.isDirectory()) return stamp(resolve(path));
	const ndjson = await locateExport(path).catch(() => null);
	if (!ndjson) return '';
	return (await Promise.all([stamp(ndjson), stamp(join(dirname(ndjson), 'assets.json'))])).join(
		'|',
	);
}
