/**
 * Writers of the status channel (status-doc.ts): to Sanity with a write token, to a JSON file beside
 * the build (`reports/status.json`, for operators and tests), or to memory. Every writer sets one
 * part at a time, so the publish loop, the Facebook poster and the newsletter sender never overwrite
 * each other. A failed status write is logged and never stops a build or a send.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
	audienceStatusBase,
	type AudienceStatus,
	postStatusBase,
	SITE_STATUS_ID,
	SITE_STATUS_TYPE,
	type SiteStatus,
	type StatusPart,
	type StatusParts,
} from './status-doc.ts';

export type StatusWriter = {
	/** Sets one part of a post's status document (creating the document when missing). */
	setPost<P extends StatusPart>(postId: string, part: P, value: StatusParts[P]): Promise<void>;
	/** Sets the site-wide status. */
	setSite(value: SiteStatus): Promise<void>;
	/** Sets a newsletter audience's count (`status.audience.<id>`). */
	setAudience(audienceId: string, value: AudienceStatus): Promise<void>;
};

/** The subset of @sanity/client the writer needs (a fake in tests). */
export type StatusClient = {
	createIfNotExists(
		doc: { _id: string; _type: string } & Record<string, unknown>,
	): Promise<unknown>;
	patch(id: string): {
		set(attrs: Record<string, unknown>): {
			commit(options?: { visibility?: 'async' }): Promise<unknown>;
		};
	};
};

/** Writes status documents through the Sanity API (`createIfNotExists` + `patch().set()`). */
export function sanityStatusWriter(client: StatusClient): StatusWriter {
	return {
		async setPost(postId, part, value) {
			const base = postStatusBase(postId);
			await client.createIfNotExists({ ...base });
			await client
				.patch(base._id)
				.set({ [part]: value })
				.commit({ visibility: 'async' });
		},
		async setSite(value) {
			await client.createIfNotExists({ _id: SITE_STATUS_ID, _type: SITE_STATUS_TYPE });
			await client.patch(SITE_STATUS_ID).set({ site: value }).commit({ visibility: 'async' });
		},
		async setAudience(audienceId, value) {
			const base = audienceStatusBase(audienceId);
			await client.createIfNotExists({ ...base });
			await client.patch(base._id).set(value).commit({ visibility: 'async' });
		},
	};
}

export type StatusSnapshot = {
	site?: SiteStatus;
	posts: Record<string, Partial<StatusParts>>;
	audiences?: Record<string, AudienceStatus>;
};

/** Keeps the status in memory; `snapshot()` returns it (tests, and the file writer). */
export function memoryStatusWriter(): StatusWriter & { snapshot(): StatusSnapshot } {
	const state: StatusSnapshot = { posts: {} };
	return {
		async setPost(postId, part, value) {
			postStatusBase(postId); // validates the id
			state.posts[postId] = { ...state.posts[postId], [part]: value };
		},
		async setSite(value) {
			state.site = value;
		},
		async setAudience(audienceId, value) {
			audienceStatusBase(audienceId); // validates the id
			state.audiences = { ...state.audiences, [audienceId]: value };
		},
		snapshot: () => structuredClone(state),
	};
}

/** Writes the status to a JSON file beside the build (temp file + rename, one write at a time). */
export function fileStatusWriter(path: string): StatusWriter {
	let chain: Promise<void> = Promise.resolve();
	const update = (change: (state: StatusSnapshot) => void) => {
		chain = chain.then(async () => {
			let state: StatusSnapshot = { posts: {} };
			try {
				state = JSON.parse(await readFile(path, 'utf8')) as StatusSnapshot;
			} catch {
				// a missing or unreadable file starts afresh: the status is a view, not a record
			}
			change(state);
			await mkdir(dirname(path), { recursive: true });
			const tmp = `${path}.${process.pid}.tmp`;
			await writeFile(tmp, `${JSON.stringify(state, null, '\t')}\n`);
			await rename(tmp, path);
		});
		return chain;
	};
	return {
		setPost: (postId, part, value) =>
			update((state) => {
				postStatusBase(postId);
				state.posts[postId] = { ...state.posts[postId], [part]: value };
			}),
		setSite: (value) =>
			update((state) => {
				state.site = value;
			}),
		setAudience: (audienceId, value) =>
			update((state) => {
				audienceStatusBase(audienceId);
				state.audiences = { ...state.audiences, [audienceId]: value };
			}),
	};
}

/** Sends each write to every writer; a failing writer is logged through `onError` and skipped. */
export function fanOutStatusWriter(
	writers: StatusWriter[],
	onError: (message: string) => void,
): StatusWriter {
	const each = async (write: (writer: StatusWriter) => Promise<void>) => {
		for (const writer of writers) {
			try {
				await write(writer);
			} catch (error) {
				onError(`Kunne ikke skrive status: ${(error as Error).message.split('\n')[0]}`);
			}
		}
	};
	return {
		setPost: (postId, part, value) => each((w) => w.setPost(postId, part, value)),
		setSite: (value) => each((w) => w.setSite(value)),
		setAudience: (id, value) => each((w) => w.setAudience(id, value)),
	};
}
