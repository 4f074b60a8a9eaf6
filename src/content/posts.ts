/** Pure selections over published posts (newest first), shared by pages and feeds. */
import { EMAIL_EDITION_MONTHS, LEAD_GREETING_MAX_AGE_MONTHS } from '../consts.ts';
import { isDatePast, osloDate, subtractMonths } from '../lib/dates.ts';

type Dated = { publishedAt: string; kind: string; year: number };

/** The front page's lead: the newest greeting from the last six months, else the newest post. */
export function selectLeadStory<P extends Dated>(posts: readonly P[], now: Date): P | undefined {
	const since = subtractMonths(now, LEAD_GREETING_MAX_AGE_MONTHS).getTime();
	const greeting = posts.find(
		(p) =>
			(p.kind === 'summerGreeting' || p.kind === 'christmasGreeting') &&
			Date.parse(p.publishedAt) >= since,
	);
	return greeting ?? posts[0];
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

type WithDeadline = { publishedAt: string; deadline?: string | null | undefined };

/** Posts with a deadline on or after the Oslo day of `now`, soonest first (front page, digest). */
export function openDeadlines<P extends WithDeadline>(posts: readonly P[], now: Date): P[] {
	return posts
		.filter((p) => p.deadline && !isDatePast(p.deadline, now))
		.sort((a, b) => a.deadline!.localeCompare(b.deadline!));
}

/** Posts published on an Oslo day from `from` to `to` (both "YYYY-MM-DD", both included). */
export function postsInPeriod<P extends { publishedAt: string }>(
	posts: readonly P[],
	period: { from: string; to: string },
): P[] {
	return posts.filter((p) => {
		const day = osloDate(p.publishedAt);
		return day >= period.from && day <= period.to;
	});
}

/**
 * True when a post gets an e-mail edition with the site: every newsletter, and any post published
 * in the EMAIL_EDITION_MONTHS before `now` (an edition of a five-year-old post is never sent).
 */
export function hasEmailEdition(post: { publishedAt: string; kind: string }, now: Date): boolean {
	if (post.kind === 'newsletter') return true;
	return Date.parse(post.publishedAt) >= subtractMonths(now, EMAIL_EDITION_MONTHS).getTime();
}
