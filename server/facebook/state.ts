/**
 * The poster's memory: `reports/facebook-posted.json`, beside dist/ and never inside it. Keyed by
 * the document `_id`: `posted` (the Facebook post id, so a rerun never posts twice), `refused`
 * (Facebook refused the item for good: never tried again, reported once), `skipped` (fell out of
 * the age window unposted: reported once), and `inFlight` (a post was sent but its answer not yet
 * recorded: the next attempt looks it up on the Page first, so a crash or a lost answer never gives
 * two posts). Written atomically (temp file + rename) after every change.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export type PostedEntry = {
	postId: string;
	postedAt: string;
	link: string;
	title: string;
	/** True when the post was found on the Page after a lost answer instead of being sent again. */
	found?: boolean;
};
export type RefusedEntry = { at: string; link: string; reason: string; code?: number };
export type SkippedEntry = { at: string; reason: string };
export type InFlightEntry = { link: string; startedAt: string };
export type FacebookState = {
	posted: Record<string, PostedEntry>;
	refused: Record<string, RefusedEntry>;
	skipped: Record<string, SkippedEntry>;
	inFlight: Record<string, InFlightEntry>;
};

/** Path of the state file below the publish root. */
export const stateFile = (root: string) => join(root, 'reports', 'facebook-posted.json');

const record = (value: unknown) =>
	value && typeof value === 'object' && !Array.isArray(value) ? value : {};

/** Reads the state; an empty state when the file does not exist. Throws a Norwegian Error if corrupt. */
export async function readState(path: string): Promise<FacebookState> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT')
			return { posted: {}, refused: {}, skipped: {}, inFlight: {} };
		throw error;
	}
	try {
		const data = JSON.parse(text) as Partial<FacebookState>;
		if (data && typeof data.posted === 'object' && data.posted !== null)
			// Files from before `refused`, `skipped` and `inFlight` existed read as empty maps.
			return {
				posted: data.posted,
				refused: record(data.refused) as FacebookState['refused'],
				skipped: record(data.skipped) as FacebookState['skipped'],
				inFlight: record(data.inFlight) as FacebookState['inFlight'],
			};
	} catch {
		// fall through to the message below
	}
	throw new Error(
		`${path} er skadet; rett den eller flytt den bort (da kan allerede postede innlegg bli postet på nytt).`,
	);
}

/** Writes the state atomically (rename(2) replaces the old file in one step); a failed write leaves no temp file. */
export async function writeState(path: string, state: FacebookState): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
	const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
	try {
		await writeFile(tmp, `${JSON.stringify(state, null, '\t')}\n`);
		await rename(tmp, path);
	} catch (error) {
		await rm(tmp, { force: true });
		throw error;
	}
}
