/**
 * Reads `reports/schedule.json`, which the site build leaves beside dist/
 * (src/integrations/content-report.ts): `{ "nextChangeAt": ISO | null, "nextKind", "nextLabel",
 * "nextPublishAt": ISO | null, "builtAt": ISO, "changes": […] }` — the earliest time after the
 * build's clock at which the site changes (a scheduled post, a pin's end, a deadline turning
 * «utløpt», an event over, a new month: src/content/schedule.ts), and that clock. The publish
 * server rebuilds when that time has come. A file from before `nextChangeAt` existed is read by
 * its `nextPublishAt`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Schedule = {
	/** The earliest coming change of the site (null: none known). */
	nextChangeAt: Date | null;
	/** What changes then (src/content/schedule.ts ChangeKind), when the file says. */
	nextKind?: string;
	/** The same in Norwegian, for log lines ("festet hovedsak slutter"). */
	nextLabel?: string;
	builtAt: Date;
};

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
	let data: {
		nextChangeAt?: unknown;
		nextKind?: unknown;
		nextLabel?: unknown;
		nextPublishAt?: unknown;
		builtAt?: unknown;
	};
	try {
		data = JSON.parse(text) as typeof data;
	} catch {
		throw new Error(`${path} er ikke gyldig JSON.`);
	}
	const field = 'nextChangeAt' in data ? 'nextChangeAt' : 'nextPublishAt';
	const builtAt = parseDate(data.builtAt);
	const nextChangeAt = parseDate(data[field]);
	if (!builtAt || (data[field] !== null && !nextChangeAt))
		throw new Error(`${path} mangler gyldig builtAt eller ${field} (ISO-tidspunkt eller null).`);
	const label = (value: unknown) =>
		typeof value === 'string' && field === 'nextChangeAt' ? value.slice(0, 100) : undefined;
	const [nextKind, nextLabel] = [label(data.nextKind), label(data.nextLabel)];
	return {
		nextChangeAt,
		builtAt,
		...(nextKind ? { nextKind } : {}),
		...(nextLabel ? { nextLabel } : {}),
	};
}
