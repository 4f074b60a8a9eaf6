/** Pure selections over published posts (newest first), shared by pages and feeds. */
import { EMAIL_EDITION_MONTHS, GREETING_SEASON_END, LEAD_STORY_MAX_AGE_DAYS } from '../consts.ts';

const DAY_MS = 86_400_000;
import { daysBetween, isDatePast, osloMonth, subtractMonths, toOsloDate } from '../lib/dates.ts';

/** A post as the selections need it: its publishing instant (ms), kind and Oslo year. */
type Dated = { publishedTime: number; kind: string; year: number };
type Identified = Dated & { _id: string };

/**
 * The editor's pin (siteSettings.leadStory): a post id, an optional end (ISO date-time), and how
 * many days an automatic lead may stay on top (LEAD_STORY_MAX_AGE_DAYS when unset).
 */
export type LeadPin = {
	post?: string | null | undefined;
	until?: string | null | undefined;
	maxAgeDays?: number | null | undefined;
};

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
 * and names a published post; else, among posts at most `maxAgeDays` old (the pin's
 * `maxAgeDays`, LEAD_STORY_MAX_AGE_DAYS by default), the newest seasonal greeting still in its
 * season, else the newest post that is not an out-of-season greeting (the newest post when there
 * is none). Undefined when no post is recent enough: the front page then has no lead at all
 * rather than a stale one. `maxAgeDays: Infinity` turns the age rule off (the digest's lead).
 */
export function selectLeadStory<P extends Identified>(
	posts: readonly P[],
	{ pin, now, maxAgeDays }: { pin?: LeadPin | null | undefined; now: Date; maxAgeDays?: number },
): P | undefined {
	if (isPinActive(pin, now)) {
		const pinned = posts.find((p) => p._id === pin.post);
		if (pinned) return pinned;
	}
	const days = maxAgeDays ?? pin?.maxAgeDays ?? LEAD_STORY_MAX_AGE_DAYS;
	const recent = posts.filter((p) => now.getTime() - p.publishedTime <= days * DAY_MS);
	const today = toOsloDate(now);
	const greeting = recent.find((p) => {
		const end = greetingSeasonEnd(p);
		return end !== null && today <= end;
	});
	return greeting ?? recent.find((p) => greetingSeasonEnd(p) === null) ?? recent[0];
}

/**
 * «Siste nytt» on the front page: the newest `count` posts after the lead, news and newsletters
 * first in importance: at most one greeting (the newest) among them, so greetings never crowd out
 * news. Their archive is linked beside the list.
 */
export function latestOnFrontPage<P extends Pick<Dated, 'kind' | 'publishedTime'>>(
	posts: readonly P[],
	lead: P | null | undefined,
	count: number,
): P[] {
	let greetings = 0;
	const picked: P[] = [];
	for (const p of posts) {
		if (picked.length === count) break;
		if (p === lead) continue;
		if (greetingSeasonEnd(p) !== null && greetings++ > 0) continue;
		picked.push(p);
	}
	return picked;
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

/**
 * Posts whose deadline passed within the `days` Oslo calendar days before `now` («Nylig utløpt» on
 * /frister/), the most recently passed first. A deadline is passed the day after its date.
 */
export function recentlyPassedDeadlines<P extends WithDeadline>(
	posts: readonly P[],
	now: Date,
	days: number,
): P[] {
	const today = toOsloDate(now);
	return posts
		.filter((p) => p.deadline && isDatePast(p.deadline, now))
		.filter((p) => daysBetween(p.deadline!, today) <= days)
		.sort((a, b) => b.deadline!.localeCompare(a.deadline!));
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
 * The months ("2026-11") among `months` in which at least one of `posts` was published (Oslo time),
 * in the given order: a digest month without posts gets no digest file and no link.
 */
export function monthsWithPosts(
	months: readonly string[],
	posts: readonly Pick<Dated, 'publishedTime'>[],
): string[] {
	const published = new Set(posts.map((p) => osloMonth(new Date(p.publishedTime))));
	return months.filter((month) => published.has(month));
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
