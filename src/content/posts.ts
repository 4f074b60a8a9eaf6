/** Pure selections over published posts (newest first), shared by pages and feeds. */
import { EMAIL_EDITION_MONTHS, GREETING_SEASON_END } from '../consts.ts';
import { isDatePast, subtractMonths, toOsloDate } from '../lib/dates.ts';

/** A post as the selections need it: its publishing instant (ms), kind and Oslo year. */
type Dated = { publishedTime: number; kind: string; year: number };
type Identified = Dated & { _id: string };

/** The editor's pin (siteSettings.leadStory): a post id and an optional end (ISO date-time). */
export type LeadPin = { post?: string | null | undefined; until?: string | null | undefined };

/**
 * The last Oslo calendar day ("2026-08-31") on which a greeting may lead the front page without
 * a pin; null for posts that are not seasonal greetings. A summer greeting's season ends on
 * 31 August of its year; a Christmas greeting's on 6 January after it (of its own year when it
 * was published in January–June). See GREETING_SEASON_END.
 */
export function greetingSeasonEnd(post: Pick<Dated, 'kind' | 'publishedTime'>): string | null {
	const end = GREETING_SEASON_END[post.kind as keyof typeof GREETING_SEASON_END];
	if (!end) return null;
	const published = toOsloDate(new Date(post.publishedTime));
	const year = Number(published.slice(0, 4));
	const endYear = end.month < 7 && Number(published.slice(5, 7)) >= 7 ? year + 1 : year;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${endYear}-${pad(end.month)}-${pad(end.day)}`;
}

/** True when the pin names a post and its end (if any) is still ahead of `now`. */
export const isPinActive = (pin: LeadPin | null | undefined, now: Date): pin is LeadPin =>
	Boolean(pin?.post) && (!pin?.until || Date.parse(pin.until) > now.getTime());

/**
 * The front page's lead story at `now` (docs/content.md, «Hovedsak»): the editor's pin while it lasts
 * and names a published post; else the newest seasonal greeting still in its season; else the
 * newest post that is not an out-of-season greeting (the newest post when there is none).
 */
export function selectLeadStory<P extends Identified>(
	posts: readonly P[],
	{ pin, now }: { pin?: LeadPin | null | undefined; now: Date },
): P | undefined {
	if (isPinActive(pin, now)) {
		const pinned = posts.find((p) => p._id === pin.post);
		if (pinned) return pinned;
	}
	const today = toOsloDate(now);
	const greeting = posts.find((p) => {
		const end = greetingSeasonEnd(p);
		return end !== null && today <= end;
	});
	return greeting ?? posts.find((p) => greetingSeasonEnd(p) === null) ?? posts[0];
}

/** Groups posts by Oslo year, newest year first, keeping their order within a year. */
export function groupByYear<P extends Dated>(
	posts: readonly P[],
): Array<{ year: number; posts: P[] }> {
	const groups = new Map<number, P[]>();
	for (const p of posts) {
		const list = groups.get(p.year);
		if (list) list.push(p);
		else groups.set(p.year, [p]);
	}
	return [...groups].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, posts: list }));
}

/** Splits a list into pages of `size`; always at least one (possibly empty) page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
	const pages: T[][] = [];
	for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
	return pages.length ? pages : [[]];
}

type WithDeadline = { deadline?: string | null | undefined };

/** Posts with a deadline on or after the Oslo day of `now`, soonest first (front page, digest). */
export function openDeadlines<P extends WithDeadline>(posts: readonly P[], now: Date): P[] {
	return posts
		.filter((p) => p.deadline && !isDatePast(p.deadline, now))
		.sort((a, b) => a.deadline!.localeCompare(b.deadline!));
}

/** Posts published on an Oslo day from `from` to `to` (both "YYYY-MM-DD", both included). */
export function postsInPeriod<P extends Pick<Dated, 'publishedTime'>>(
	posts: readonly P[],
	period: { from: string; to: string },
): P[] {
	return posts.filter((p) => {
		const day = toOsloDate(new Date(p.publishedTime));
		return day >= period.from && day <= period.to;
	});
}

/**
 * True when a post gets an e-mail edition with the site: every newsletter, and any post published
 * in the EMAIL_EDITION_MONTHS before `now` (an edition of a five-year-old post is never sent).
 */
export function hasEmailEdition(post: Pick<Dated, 'publishedTime' | 'kind'>, now: Date): boolean {
	if (post.kind === 'newsletter') return true;
	return post.publishedTime >= subtractMonths(now, EMAIL_EDITION_MONTHS).getTime();
}

/**
 * The earliest publishing instant after `now` (ISO 8601), or null when none is ahead: when a
 * scheduled post is due and the site must be rebuilt (reports/schedule.json). Invalid times (NaN)
 * are ignored.
 */
export function nextPublishInstant(times: readonly number[], now: Date): string | null {
	const ahead = times.filter((time) => time > now.getTime());
	return ahead.length ? new Date(Math.min(...ahead)).toISOString() : null;
}
