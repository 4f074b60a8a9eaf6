/**
 * The record of every address the site has published (issue 27, point 2), with the permanent key
 * behind it: a document `_id` for a page, `<_id>#<block _key>` for an attachment. It survives from
 * build to build (`reports/urls.json` beside the builds; the GitHub workflow restores the live
 * site's copy, `/adresser.json`), so an address that went out in an e-mail, a Facebook post or a
 * feed keeps answering: a moved page redirects to its current address, a removed one says so.
 * Only keys and paths, nothing private. Pure, with no imports: the site writes the record
 * (src/site/addresses/) and the publish server reads it (server/http/moved.ts).
 */

export const RECORD_VERSION = 1;

export type AddressKind = 'page' | 'file';

/** What one key has had: its current address (null when removed), and every address it has had. */
export type RecordEntry = {
	kind: AddressKind;
	current: string | null;
	paths: string[];
	/** When it was first missing from a build (ISO 8601). */
	removedAt?: string;
};

export type AddressRecord = {
	version: typeof RECORD_VERSION;
	updatedAt: string;
	entries: Record<string, RecordEntry>;
};

/** An address of this build: its key, kind and root-relative path; `previous`: paths it had before. */
export type CurrentAddress = { key: string; kind: AddressKind; path: string; previous?: string[] };

/**
 * A root-relative path the site may write and the server may answer for: `/…`, no `..`, no `//`,
 * no backslash or control characters, a page ending with `/` (the record is read from the public
 * site, so it is checked like input).
 */
export function isRecordPath(path: unknown, kind: AddressKind): path is string {
	if (typeof path !== 'string' || !path.startsWith('/') || path.length > 500) return false;
	if (/[\\\u0000-\u001f\u007f]|\/\/|(^|\/)\.\.?(\/|$)/.test(path)) return false;
	return kind === 'page' ? path.endsWith('/') : !path.endsWith('/');
}

export const emptyRecord = (): AddressRecord => ({
	version: RECORD_VERSION,
	updatedAt: new Date(0).toISOString(),
	entries: {},
});

/** Reads a record (JSON text); entries or paths that are not valid are dropped. Throws on bad JSON. */
export function parseRecord(text: string): AddressRecord {
	const data = JSON.parse(text) as Partial<AddressRecord>;
	if (data?.version !== RECORD_VERSION || typeof data.entries !== 'object' || !data.entries)
		throw new Error(`ukjent format (version ${String(data?.version)})`);
	const entries: Record<string, RecordEntry> = {};
	for (const [key, raw] of Object.entries(data.entries)) {
		const kind = raw?.kind === 'file' ? 'file' : raw?.kind === 'page' ? 'page' : null;
		if (!kind || !Array.isArray(raw.paths)) continue;
		const paths = raw.paths.filter((p): p is string => isRecordPath(p, kind));
		const current = isRecordPath(raw.current, kind) ? raw.current : null;
		entries[key] = {
			kind,
			current,
			paths,
			...(typeof raw.removedAt === 'string' ? { removedAt: raw.removedAt } : {}),
		};
	}
	return { version: RECORD_VERSION, updatedAt: String(data.updatedAt ?? ''), entries };
}

/** The record after a build that published `current` at `now`: nothing is ever forgotten. */
export function updateRecord(
	previous: AddressRecord,
	current: readonly CurrentAddress[],
	now: Date,
): AddressRecord {
	const entries: Record<string, RecordEntry> = {};
	for (const [key, entry] of Object.entries(previous.entries))
		entries[key] = {
			...entry,
			current: null,
			removedAt: entry.removedAt ?? now.toISOString(),
		};
	for (const { key, kind, path, previous: before = [] } of current) {
		const old = entries[key]?.kind === kind ? entries[key]!.paths : [];
		const paths = [...new Set([...old, ...before, path])].filter((p) => isRecordPath(p, kind));
		entries[key] = { kind, current: path, paths };
	}
	return { version: RECORD_VERSION, updatedAt: now.toISOString(), entries };
}

/**
 * What the old addresses answer: `moved` (old path → current path of the same key) and `gone`
 * (paths whose key is no longer published). A path that is live for any key is neither.
 */
export function oldAddresses(record: AddressRecord): {
	moved: Map<string, string>;
	gone: Map<string, AddressKind>;
} {
	const live = new Set(
		Object.values(record.entries).flatMap((entry) => (entry.current ? [entry.current] : [])),
	);
	const moved = new Map<string, string>();
	const gone = new Map<string, AddressKind>();
	for (const entry of Object.values(record.entries))
		for (const path of entry.paths) {
			if (live.has(path)) continue;
			if (entry.current) moved.set(path, entry.current);
			else if (!moved.has(path)) gone.set(path, entry.kind);
		}
	for (const path of moved.keys()) gone.delete(path);
	return { moved, gone };
}
