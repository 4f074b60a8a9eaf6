/**
 * Decides what to post and posts it, oldest first: an item is posted once (its `_id` is in the
 * state afterwards), never when published more than `maxAgeDays` before `now` (so a first run or a
 * restored backup does not flood the Page with old news), and never before its time. In dry-run
 * nothing is sent and the state is not touched. The state is saved after every post, so a failure
 * half-way keeps what was done.
 */
import type { FeedItem } from './feed.ts';
import type { FacebookState } from './state.ts';

export type PosterOptions = {
	items: readonly FeedItem[];
	state: FacebookState;
	now: Date;
	maxAgeDays: number;
	/** Absent: dry-run. Present: posts `item` and resolves to the Facebook post id. */
	post?: (item: FeedItem) => Promise<string>;
	saveState: (state: FacebookState) => Promise<void>;
	print: (line: string) => void;
};

export type PosterSummary = { due: number; posted: number; alreadyPosted: number; tooOld: number };

const DAY_MS = 24 * 60 * 60_000;

/** Posts (or in dry-run lists) the due items; rethrows the first failure after saving the state. */
export async function runPoster(options: PosterOptions): Promise<PosterSummary> {
	const { state, now, print } = options;
	const oldest = now.getTime() - options.maxAgeDays * DAY_MS;
	const summary: PosterSummary = { due: 0, posted: 0, alreadyPosted: 0, tooOld: 0 };
	const items = [...options.items].sort(
		(a, b) => a.publishedAt.getTime() - b.publishedAt.getTime(),
	);
	for (const item of items) {
		if (state.posted[item.id]) summary.alreadyPosted++;
		else if (item.publishedAt.getTime() < oldest) summary.tooOld++;
		else if (item.publishedAt.getTime() <= now.getTime()) {
			summary.due++;
			if (!options.post) {
				print(`Ville postet «${item.title}» → ${item.link}`);
				print(`  Tekst: ${item.message.replace(/\s+/g, ' ')}`);
				continue;
			}
			const postId = await options.post(item);
			state.posted[item.id] = {
				postId,
				postedAt: now.toISOString(),
				link: item.link,
				title: item.title,
			};
			await options.saveState(state);
			summary.posted++;
			print(`Postet «${item.title}» på Facebook (innlegg ${postId}).`);
		}
	}
	return summary;
}
