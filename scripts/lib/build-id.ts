/** Build ids: UTC time to the millisecond, sortable as text (`20260130T101500123Z-1a2b`). */
import { randomBytes } from 'node:crypto';

/** The id of a build started at `date`: `YYYYMMDDTHHMMSSmmmZ` plus 4 random hex digits. */
export function buildIdAt(date: Date): string {
	const stamp = date.toISOString().replace(/[-:.]/g, '');
	return `${stamp}-${randomBytes(2).toString('hex')}`;
}

/** True for names made by buildIdAt (possibly with a suffix such as `-migrert`). */
export function isBuildId(name: string): boolean {
	return /^\d{8}T\d{9}Z-[0-9a-f]{4}/.test(name);
}
