/**
 * A post's deadline at the build clock: open, today or expired, and the days left, counted in
 * Oslo calendar days. Site pages show the relative form ("om 12 dager"); feeds and e-mail, read
 * later, the absolute date with "utløpt" only when it had already passed at build time.
 */
import { daysBetween, formatCalendarDate, toOsloDate } from './dates.ts';
import { t } from './i18n.ts';

export type DeadlineState = 'open' | 'today' | 'expired';
/** `date` as stored ("2021-03-01"); `daysLeft` from the build day (negative once past). */
export type Deadline = { date: string; state: DeadlineState; daysLeft: number };

const plural = new Intl.PluralRules('nb');

/** The state of a deadline (ISO calendar date) at `now`: expired the day after the date. */
export function deadlineState(date: string, now: Date): Deadline {
	const daysLeft = daysBetween(toOsloDate(now), date);
	const state = daysLeft < 0 ? 'expired' : daysLeft === 0 ? 'today' : 'open';
	return { date, state, daysLeft };
}

/** The relative part for site pages: "i dag", "i morgen", "om 12 dager" or "utløpt". */
export function formatDeadlineRelative({ state, daysLeft }: Deadline): string {
	if (state === 'expired') return t('deadline.expired');
	if (state === 'today') return t('deadline.today');
	if (daysLeft === 1) return t('deadline.tomorrow');
	return t(`deadline.daysLeft.${plural.select(daysLeft) === 'one' ? 'one' : 'other'}`, {
		count: daysLeft,
	});
}

/** For output read later (feeds, e-mail): "1. mars 2021 (utløpt)", or just the date while open. */
export function formatDeadlineAbsolute(deadline: Deadline): string {
	const date = formatCalendarDate(deadline.date);
	return deadline.state === 'expired' ? `${date} (${t('deadline.expired')})` : date;
}
