/**
 * Reads `reports/schedule.json`, which the site build leaves beside dist/:
 * `{ "nextPublishAt": "<ISO 8601 date-time> | null", "builtAt": "<ISO 8601 date-time>" }` —
 * the earliest `publishedAt` after the build's clock among published posts (null when there is
 * none), and that clock. The publish server rebuilds when that time has come.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Schedule = { nextPublishAt: Date | null; builtAt: Date };

/** Path of the schedule file below the publish root. */
export const scheduleFile = (root: string) => join(root, 'reports', 'schedule.json');

function parseDate(value: unknown): Date | null {
	if (typeof value !== 'string') return null;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? null : date;
}

/** Reads the schedule; null when the file does not exist. Throws a Norwegian Error when it is invalid. */
export async function readSchedule(path: string): Promise<Schedule | null> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
	let data: { nextPublishAt?: unknown; builtAt?: unknown };
	try {
		data = JSON.parse(text) as typeof data;
	} catch {
		throw new Error(`${path} er ikke gyldig JSON.`);
	}
	const builtAt = parseDate(data.builtAt);
	const nextPublishAt = parseDate(data.nextPublishAt);
	if (!builtAt || (data.nextPublishAt !== null && !nextPublishAt))
		throw new Error(
			`${path} mangler gyldig builtAt eller nextPublishAt (ISO-tidspunkt eller null).`,
		);
	return { nextPublishAt, builtAt };
}
