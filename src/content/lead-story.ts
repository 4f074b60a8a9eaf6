/**
 * The front page's lead story, decided once per build: the pure rule (posts.ts
 * `selectLeadStory`) plus the report when the editor's pin cannot be honoured. The pin is a post
 * id resolved against the published posts of this build, never dereferenced to a draft.
 */
import { formatCalendarDate, toOsloDate } from '../lib/dates.ts';
import { leadStoryMessages as m } from '../report/messages.ts';
import type { ContentReport } from '../report/report.ts';
import { isPinActive, selectLeadStory, type LeadPin } from './posts.ts';

type Candidate = { _id: string; publishedTime: number; kind: string; year: number };

/** Why a pinned id is not among the published posts: not there, scheduled, or left out. */
function whyNotPublished(id: string, everyPost: readonly unknown[], now: Date): string {
	const raw = everyPost.find((p) => (p as { _id?: unknown })?._id === id) as
		{ publishedAt?: unknown } | undefined;
	if (!raw) return m.missing;
	const at = typeof raw.publishedAt === 'string' ? Date.parse(raw.publishedAt) : NaN;
	if (at > now.getTime()) return m.scheduled(formatCalendarDate(toOsloDate(new Date(at))));
	return m.notShown;
}

/**
 * The lead story among `posts` (published, newest first). A pin that is still running but names a
 * post that is not published here (draft-only, deleted, scheduled, skipped) is ignored and
 * reported as `[sanity] siteSettings "siteSettings" → leadStory.post: …`; a pin past its end is over.
 */
export function decideLeadStory<P extends Candidate>(
	posts: readonly P[],
	opts: {
		pin: LeadPin | null | undefined;
		now: Date;
		everyPost: readonly unknown[];
		report: ContentReport;
	},
): P | null {
	const { pin, now } = opts;
	if (isPinActive(pin, now) && !posts.some((p) => p._id === pin.post))
		opts.report.warn(
			'siteSettings',
			'siteSettings',
			'leadStory.post',
			whyNotPublished(pin.post!, opts.everyPost, now),
		);
	return selectLeadStory(posts, { pin, now }) ?? null;
}
