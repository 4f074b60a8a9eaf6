/**
 * The publish part of each post's status and the site status, kept by the publish loop:
 * `waiting` when a webhook for the post arrives, `live` with the time when the build holding it is
 * swapped in (plus that post's warnings from the content report, reports/content.json), `failed`
 * with one line when that build fails. Posts whose build failed wait for the next build, which
 * turns them live. The webhook's `_rev` of each post is kept for the build (issue 27, point 1).
 */
import { readFile } from 'node:fs/promises';
import type { StatusWriter } from './writer.ts';

/** What the webhook projection names: `{_id, _type, _rev}`. */
export type PublishedDoc = { id: string; type: string; rev?: string | undefined };

export type PublishStatus = {
	/** A webhook arrived for `doc`. */
	waiting(doc: PublishedDoc): Promise<void>;
	/** A build starts: resolves to the revisions it must see (post `_id` → `_rev`). */
	building(): Promise<Record<string, string>>;
	/** The build is live (swapped in at `at`). */
	live(buildId: string, at: Date): Promise<void>;
	/** The build failed; `message` is one line. */
	failed(message: string, at: Date): Promise<void>;
};

type ReportIssue = { id?: string | null; severity?: string; message?: string };

/** The content report's warnings per document `_id` (missing or unreadable report: none). */
async function warningsById(path: string): Promise<Map<string, string[]>> {
	const byId = new Map<string, string[]>();
	try {
		const report = JSON.parse(await readFile(path, 'utf8')) as { issues?: ReportIssue[] };
		for (const issue of report.issues ?? []) {
			if (!issue.id || !issue.message || issue.severity === 'note') continue;
			byId.set(issue.id, [...(byId.get(issue.id) ?? []), issue.message]);
		}
	} catch {
		// no report: no warnings to show
	}
	return byId;
}

/** Tracks posts between webhook and build; `contentReport` is reports/content.json. */
export function createPublishStatus(
	writer: StatusWriter,
	contentReport: string,
	now: () => Date,
): PublishStatus {
	/** Posts published since the last build started, with their revision. */
	let pending = new Map<string, string | undefined>();
	let inBuild = new Map<string, string | undefined>();
	let liveSince: string | undefined;
	const each = async (ids: Iterable<string>, write: (id: string) => Promise<void>) => {
		for (const id of ids) await write(id);
	};
	return {
		async waiting(doc) {
			// Status documents exist for published posts only (never drafts., versions. or other types).
			if (doc.type !== 'post' || !/^[A-Za-z0-9_-]+$/.test(doc.id)) return;
			pending.set(doc.id, doc.rev);
			await writer.setPost(doc.id, 'publish', { state: 'waiting', at: now().toISOString() });
		},
		async building() {
			// Built together with what failed last time, so a later success turns those live too.
			inBuild = new Map([...inBuild, ...pending]);
			pending = new Map();
			await writer.setSite({ state: 'building', at: now().toISOString() });
			return Object.fromEntries(
				[...inBuild].filter((entry): entry is [string, string] => entry[1] !== undefined),
			);
		},
		async live(buildId, at) {
			const warnings = await warningsById(contentReport);
			const time = at.toISOString();
			await each(inBuild.keys(), (id) =>
				writer.setPost(id, 'publish', {
					state: 'live',
					at: time,
					message: `Bygg ${buildId}`,
					...(warnings.get(id)?.length ? { warnings: warnings.get(id)! } : {}),
				}),
			);
			inBuild = new Map();
			liveSince = time;
			await writer.setSite({ state: 'live', at: time, liveSince, message: `Bygg ${buildId}` });
		},
		async failed(message, at) {
			const time = at.toISOString();
			await each(inBuild.keys(), (id) =>
				writer.setPost(id, 'publish', { state: 'failed', at: time, message }),
			);
			// They stay in `inBuild`: the next build includes them.
			await writer.setSite({
				state: 'failed',
				at: time,
				message,
				...(liveSince ? { liveSince } : {}),
			});
		},
	};
}
