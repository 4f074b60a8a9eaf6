/**
 * What a worker thread found while rendering, merged back into the main thread's build state so the
 * images integration writes every variant a page refers to (and can name every use of a failed
 * one), and the content report holds every problem found in a body rendered on another thread.
 * The same body can be rendered on several threads, so each entry is added once.
 */
import type { ImageRegistry } from '../images/registry.ts';
import type { ContentIssue, ContentReport } from '../report/report.ts';
import type { WorkerHarvest } from './protocol.ts';

/** A thread's image jobs, image uses and report entries (the worker's side). */
export function harvest(images: ImageRegistry, report: ContentReport): WorkerHarvest {
	return {
		jobs: [...images.jobs.values()],
		uses: [...images.uses],
		issues: report.issues,
		lines: report.lines,
	};
}

const issueKey = (i: ContentIssue) => [i.level, i.type, i.id, i.path, i.reason].join('\u0000');

/** Adds a worker's harvest to this thread's registry and report; entries already present are skipped. */
export function absorb(h: WorkerHarvest, images: ImageRegistry, report: ContentReport): void {
	for (const job of h.jobs) if (!images.jobs.has(job.file)) images.jobs.set(job.file, job);
	for (const [assetId, uses] of h.uses) {
		const list = images.uses.get(assetId) ?? [];
		const seen = new Set(list.map((u) => `${u.type}|${u.id}|${u.path}`));
		for (const use of uses) {
			const key = `${use.type}|${use.id}|${use.path}`;
			if (!seen.has(key)) (seen.add(key), list.push(use));
		}
		if (list.length && !images.uses.has(assetId)) images.uses.set(assetId, list);
	}
	const issues = new Set(report.issues.map(issueKey));
	for (const issue of h.issues) {
		const key = issueKey(issue);
		if (!issues.has(key)) (issues.add(key), report.issues.push(issue));
	}
	const lines = new Set(report.lines);
	for (const line of h.lines) if (!lines.has(line)) (lines.add(line), report.lines.push(line));
}
