/**
 * Writes what old addresses answer into a finished build folder (dist/): a redirect page at every
 * moved page address, a copy of the current file at every moved file address (a static host
 * cannot redirect a `.pdf`), the «Saken er fjernet» page at every removed page address, a
 * `_redirects` file, and the public copy of the record (`/adresser.json`). Never overwrites a file
 * the build wrote itself: a live address always wins.
 */
import { copyFile, link, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { absoluteUrl, addressRecordUrl, removedPageUrl } from '../../lib/urls.ts';
import { oldAddresses, type AddressRecord } from '../../lib/address-record.ts';
import { redirectPageHtml, redirectsFile } from './redirect-page.ts';

const exists = (path: string) =>
	stat(path).then(
		() => true,
		() => false,
	);

/** The file of a record path inside `dir`, or null when it would leave it. */
function fileOf(dir: string, path: string, page: boolean): string | null {
	const root = resolve(dir);
	const target = join(root, path, page ? 'index.html' : '');
	return target.startsWith(root + sep) ? target : null;
}

/** Writes `data` at `target` unless something is there already; true when written. */
async function place(target: string | null, write: (target: string) => Promise<void>) {
	if (!target || (await exists(target))) return false;
	await mkdir(dirname(target), { recursive: true });
	await write(target);
	return true;
}

/** Writes the old addresses of `record` into `dir`; returns how many moved and gone were written. */
export async function publishOldAddresses(
	dir: string,
	record: AddressRecord,
	site: { url: string; title: string },
): Promise<{ moved: number; gone: number }> {
	const { moved, gone } = oldAddresses(record);
	let movedCount = 0;
	let goneCount = 0;
	for (const [from, to] of moved) {
		const page = from.endsWith('/');
		const source = fileOf(dir, to, page);
		const written = page
			? await place(fileOf(dir, from, true), (target) =>
					writeFile(target, redirectPageHtml(absoluteUrl(to, site.url), site.title)),
				)
			: source && (await exists(source))
				? // A hard link costs no space; another filesystem gets a copy.
					await place(fileOf(dir, from, false), (target) =>
						link(source, target).catch(() => copyFile(source, target)),
					)
				: false;
		if (written) movedCount++;
	}
	const removed = join(dir, removedPageUrl(), 'index.html');
	for (const [path, kind] of gone)
		if (kind === 'page' && (await place(fileOf(dir, path, true), (t) => copyFile(removed, t))))
			goneCount++;
	await writeFile(join(dir, '_redirects'), redirectsFile(moved));
	await writeFile(join(dir, addressRecordUrl()), `${JSON.stringify(record)}\n`);
	return { moved: movedCount, gone: goneCount };
}
