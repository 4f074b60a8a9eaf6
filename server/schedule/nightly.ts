/**
 * The nightly build time. Time-dependent output ("svarfrist om 12 dager", the season's lead story,
 * upcoming events) is computed at build time, so the site is rebuilt at least once a day. croner
 * handles the time zone and daylight-saving changes (03:00 Oslo is 02:00 UTC in winter, 01:00 in
 * summer).
 */
import { Cron } from 'croner';

/** Returns a function giving the first run of `pattern` in `timeZone` strictly after `from`. */
export function nightlySchedule(pattern: string, timeZone: string): (from: Date) => Date | null {
	const cron = new Cron(pattern, { timezone: timeZone, paused: true });
	return (from) => cron.nextRun(from);
}
