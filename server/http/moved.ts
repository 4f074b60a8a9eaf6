/**
 * Old addresses on the publish server (issue 27, point 2): the live build's copy of the address
 * record (`adresser.json`, src/lib/address-record.ts) says which paths moved (answered 301 to
 * the current address) and which are gone (410, with the build's «Saken er fjernet» page). Read
 * once per build folder, so a swap takes effect at once. A missing or unreadable record answers
 * nothing here, and the files are served as before.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { oldAddresses, parseRecord } from '../../src/lib/address-record.ts';
import { addressRecordUrl, removedPageUrl } from '../../src/lib/urls.ts';

export type MovedAnswer = { status: 301; location: string } | { status: 410; page: string };

type Lookup = ReturnType<typeof oldAddresses>;
const cache = new Map<string, Promise<Lookup | null>>();

async function load(root: string): Promise<Lookup | null> {
	try {
		return oldAddresses(parseRecord(await readFile(join(root, addressRecordUrl()), 'utf8')));
	} catch {
		return null;
	}
}

/** The answer for `urlPath` (decoded) in the build folder `root`, or undefined to serve files. */
export async function movedAnswer(root: string, urlPath: string): Promise<MovedAnswer | undefined> {
	let pending = cache.get(root);
	if (!pending) {
		// Only the live folder and the one before it are ever asked for.
		if (cache.size > 4) cache.clear();
		cache.set(root, (pending = load(root)));
	}
	const lookup = await pending;
	if (!lookup) return undefined;
	// A page's address asked without its trailing slash is the same page.
	for (const path of urlPath.endsWith('/') ? [urlPath] : [urlPath, `${urlPath}/`]) {
		const to = lookup.moved.get(path);
		if (to) return { status: 301, location: to };
		const gone = lookup.gone.get(path);
		if (gone) return { status: 410, page: gone === 'page' ? `${path}index.html` : '/404.html' };
	}
	return undefined;
}

/** The «Saken er fjernet» page of a build, for a gone address whose own copy is missing. */
export const removedPage = () => `${removedPageUrl()}index.html`;
