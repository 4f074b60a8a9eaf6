/**
 * The poster's memory: `reports/facebook-posted.json`, beside dist/ and never inside it, maps each
 * posted document `_id` to its Facebook post id, so a rerun never posts twice. Written atomically
 * (temp file + rename) after every successful post.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export type PostedEntry = { postId: string; postedAt: string; link: string; title: string };
export type FacebookState = { posted: Record<string, PostedEntry> };

/** Path of the state file below the publish root. */
export const stateFile = (root: string) => join(root, 'reports', 'facebook-posted.json');

/** Reads the state; an empty state when the file does not exist. Throws a Norwegian Error if corrupt. */
export async function readState(path: string): Promise<FacebookState> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { posted: {} };
		throw error;
	}
	try {
		const data = JSON.parse(text) as FacebookState;
		if (data && typeof data.posted === 'object' && data.posted !== null) return data;
	} catch {
		// fall through to the message below
	}
	throw new Error(
		`${path} er skadet; rett den eller flytt den bort (da kan allerede postede innlegg bli postet på nytt).`,
	);
}

/** Writes the state atomically (rename(2) replaces the old file in one step). */
export async function writeState(path: string, state: FacebookState): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
	const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
	await writeFile(tmp, `${JSON.stringify(state, null, '\t')}\n`);
	await rename(tmp, path);
}
