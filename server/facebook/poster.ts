/**
 * Decides what to post and posts it, oldest first, without ever stalling on one item:
 * - posted once (its `_id` is in `posted` afterwards); an item sent before whose answer was lost
 *   (`inFlight`, or a network/5xx failure) is first looked up on the Page and recorded if found;
 * - a refusal (a non-transient Graph error such as 368 or 100) is recorded in `refused` with its
 *   reason and never tried again; the items behind it still go;
 * - temporary failures are tried again in later rounds, after a back-off pause, so they never hold
 *   up the items behind them; when the attempts are spent the item waits for the next run;
 * - the age window counts from the post's time on the site (the feed's pubDate): an item older than
 *   `maxAgeDays` that was never posted is reported once (`skipped`), not dropped silently;
 * - token and permission errors concern every item: the run stops and throws.
 * In dry-run nothing is sent and the state is not touched. The state is saved after every change.
 */
import type { FacebookPart } from '../status/status-doc.ts';
import type { FeedItem } from './feed.ts';
import { GraphError } from './graph-errors.ts';
import { facebookLines as m } from './messages.ts';
import { mayHavePosted, retryDelay, stopsTheRun, type BackoffOptions } from './retry.ts';
import type { FacebookState } from './state.ts';

export type PosterGraph = {
	post(item: FeedItem): Promise<string>;
	/** The Page's post linking to the item, or null. */
	find(item: FeedItem): Promise<string | null>;
};

export type PosterOptions = {
	items: readonly FeedItem[];
	state: FacebookState;
	now: Date;
	maxAgeDays: number;
	/** Absent: dry-run. */
	graph?: PosterGraph;
	saveState: (state: FacebookState) => Promise<void>;
	print: (line: string) => void;
	/** Tells the editor (status channel) what happened to an item. */
	report?: (id: string, part: FacebookPart) => Promise<void>;
	backoff: BackoffOptions;
	sleep: (ms: number) => Promise<void>;
};

export type PosterSummary = {
	due: number;
	posted: number;
	/** Found on the Page after a lost answer, recorded without posting again. */
	found: number;
	alreadyPosted: number;
	tooOld: number;
	refused: number;
	/** Temporary failures left for the next run. */
	deferred: number;
};

const DAY_MS = 24 * 60 * 60_000;
type Pending = { item: FeedItem; attempt: number; lookUp: boolean };

/** Posts (or in dry-run lists) the due items; throws GraphError only for token/permission faults. */
export async function runPoster(options: PosterOptions): Promise<PosterSummary> {
	const { state, now, print, graph } = options;
	const at = now.toISOString();
	const report = (id: string, part: Omit<FacebookPart, 'at'>) =>
		options.report?.(id, { ...part, at }) ?? Promise.resolve();
	const oldest = now.getTime() - options.maxAgeDays * DAY_MS;
	const summary: PosterSummary = {
		...{ due: 0, posted: 0, found: 0, alreadyPosted: 0 },
		...{ tooOld: 0, refused: 0, deferred: 0 },
	};
	const items = [...options.items].sort(
		(a, b) => a.publishedAt.getTime() - b.publishedAt.getTime(),
	);
	let pending: Pending[] = [];
	for (const item of items) {
		const time = item.publishedAt.getTime();
		if (state.posted[item.id]) summary.alreadyPosted++;
		else if (state.refused[item.id]) summary.refused++;
		else if (time > now.getTime()) continue;
		else if (time < oldest && !state.inFlight[item.id]) {
			summary.tooOld++;
			if (!graph || state.skipped[item.id]) continue;
			const reason = m.tooOld(options.maxAgeDays);
			state.skipped[item.id] = { at, reason };
			await options.saveState(state);
			await report(item.id, { state: 'skipped', message: reason });
			print(m.skipped(item.title, reason));
		} else {
			summary.due++;
			pending.push({ item, attempt: 0, lookUp: Boolean(state.inFlight[item.id]) });
		}
	}
	if (!graph) {
		for (const { item } of pending) {
			print(`Ville postet «${item.title}» → ${item.link}`);
			print(`  Tekst: ${item.message.replace(/\s+/g, ' ')}`);
		}
		return summary;
	}

	const record = async (item: FeedItem, postId: string, found: boolean) => {
		delete state.inFlight[item.id];
		state.posted[item.id] = {
			postId,
			postedAt: at,
			link: item.link,
			title: item.title,
			...(found ? { found } : {}),
		};
		await options.saveState(state);
		await report(item.id, { state: 'posted', postId });
		if (found) summary.found++;
		else summary.posted++;
		print(found ? m.found(item.title, postId) : m.posted(item.title, postId));
	};

	/** One attempt; resolves to the pause before the next one, or null when the item is settled. */
	const attempt = async (p: Pending): Promise<number | null> => {
		const { item } = p;
		let sending = false;
		p.attempt++;
		try {
			if (p.lookUp) {
				const existing = await graph.find(item);
				if (existing) return (await record(item, existing, true), null);
			}
			state.inFlight[item.id] = { link: item.link, startedAt: at };
			await options.saveState(state);
			sending = true;
			return (await record(item, await graph.post(item), false), null);
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			const { failure } = error;
			// Only a lost answer to the post itself may hide a created post.
			if (sending && mayHavePosted(failure)) p.lookUp = true;
			else if (sending) delete state.inFlight[item.id];
			if (stopsTheRun(failure)) {
				await options.saveState(state);
				await report(item.id, { state: 'failed', message: error.message });
				throw error;
			}
			if (failure.kind === 'other' && sending) {
				state.refused[item.id] = {
					at,
					link: item.link,
					reason: failure.detail,
					...(failure.code !== undefined ? { code: failure.code } : {}),
				};
				await options.saveState(state);
				await report(item.id, { state: 'failed', message: error.message });
				summary.refused++;
				print(m.refused(item.title, error.message));
				return null;
			}
			const delay = retryDelay(failure, p.attempt, options.backoff);
			if (delay !== null) {
				print(m.retrying(item.title, p.attempt, error.message, delay));
				return delay;
			}
			// Attempts spent, or the look-up itself refused: never post blind, wait for the next run.
			await options.saveState(state);
			await report(item.id, { state: 'waiting', message: m.nextRun(error.message) });
			summary.deferred++;
			print(m.deferred(item.title, error.message));
			return null;
		}
	};

	while (pending.length > 0) {
		const again: Pending[] = [];
		let pause = 0;
		for (const p of pending) {
			const delay = await attempt(p);
			if (delay !== null) {
				again.push(p);
				pause = Math.max(pause, delay);
			}
		}
		if (again.length > 0) await options.sleep(pause);
		pending = again;
	}
	return summary;
}
