/**
 * Restores the record of published addresses from the live site before a build on a machine that
 * keeps nothing between builds (the GitHub Pages workflow): `<site>/adresser.json` → the record
 * file. 404 means the site has none yet (the first build starts one); any other failure stops,
 * because a build without the record would drop every old address's redirect.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { absoluteUrl, addressRecordUrl } from '../../lib/urls.ts';
import { parseRecord } from '../../lib/address-record.ts';

export type RestoreResult = { restored: true; entries: number } | { restored: false };

/** Fetches the live record into `file`; throws an Error with a Norwegian message when it cannot. */
export async function restoreRecord(
	siteUrl: string,
	file: string,
	fetchFn: typeof fetch = fetch,
): Promise<RestoreResult> {
	const url = absoluteUrl(addressRecordUrl(), siteUrl);
	let response: Response;
	try {
		response = await fetchFn(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
	} catch (e) {
		throw new Error(`Kunne ikke hente ${url}: ${(e as Error).message}`);
	}
	if (response.status === 404) return { restored: false };
	if (!response.ok) throw new Error(`Kunne ikke hente ${url}: HTTP ${response.status}`);
	const text = await response.text();
	let entries: number;
	try {
		entries = Object.keys(parseRecord(text).entries).length;
	} catch (e) {
		throw new Error(`${url} er ikke en adresseliste: ${(e as Error).message}`);
	}
	await mkdir(dirname(file), { recursive: true });
	await writeFile(file, text);
	return { restored: true, entries };
}
