/** Pure selections over published posts (newest first), shared by pages and feeds. */
import { LEAD_GREETING_MAX_AGE_MONTHS } from '../consts.ts';
import { subtractMonths } from '../lib/dates.ts';

/** A post as the selections need it: its publishing instant (ms), kind and Oslo year. */
type Dated = { publishedTime: number; kind: string; year: number };

/** The front page's lead: the newest greeting from the last six months, else the newest post. */
export function selectLeadStory<P extends Dated>(posts: readonly P[], now: Date): P | undefined {
	const since = subtractMonths(now, LEAD_GREETING_MAX_AGE_MONTHS).getTime();
	const greeting = posts.find(
		(p) =>
			(p.kind === 'summerGreeting' || p.kind === 'christmasGreeting') && p.publishedTime >= since,
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
