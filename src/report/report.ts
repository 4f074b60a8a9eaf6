/**
 * The content report: every problem found while reading, validating and rendering content,
 * collected once per build and printed as one block at the end (wording in messages.ts).
 */
import { invalidFieldMessage, reportMessages as m } from './messages.ts';

export type ContentIssue = {
	level: 'error' | 'warning';
	id: string;
	type: string;
	path: string;
	reason: string;
};

/** Collects content issues; one report per content load. */
export class ContentReport {
	readonly issues: ContentIssue[] = [];
	readonly lines: string[] = [];

	/** A fault that falls back to a default value; the document is still shown. */
	warn(type: string, id: string, path: string, reason: string): void {
		this.issues.push({ level: 'warning', id, type, path, reason });
	}

	/** A fault that keeps the document out of the build. */
	skip(type: string, id: string, path: string, reason: string): void {
		this.issues.push({ level: 'error', id, type, path, reason });
	}

	/** A message that is not about one document field (bad export lines, missing files). */
	note(line: string): void {
		this.lines.push(line);
	}

	get skipped(): ContentIssue[] {
		return this.issues.filter((i) => i.level === 'error');
	}

	get warnings(): ContentIssue[] {
		return this.issues.filter((i) => i.level === 'warning');
	}

	/** The whole report as one readable block, or '' when there is nothing to say. */
	format(): string {
		if (this.issues.length === 0 && this.lines.length === 0) return '';
		const out = [m.heading];
		const section = (title: string, list: ContentIssue[]) => {
			if (list.length === 0) return;
			out.push(`${title} (${list.length}):`);
			for (const i of list) out.push(`  ${invalidFieldMessage(i.type, i.id, i.path, i.reason)}`);
		};
		section(m.skippedHeading, this.skipped);
		section(m.warningsHeading, this.warnings);
		if (this.lines.length)
			out.push(`${m.exportHeading} (${this.lines.length}):`, ...this.lines.map((l) => `  ${l}`));
		return out.join('\n');
	}
}

/** One entry of the machine-readable report (reports/content.json). */
export type ReportEntry = {
	id: string | null;
	type: string | null;
	path: string | null;
	severity: 'error' | 'warning' | 'note';
	message: string;
};

/** The report as JSON for staff tooling and CI: counts and one entry per problem. */
export function reportJson(report: ContentReport, builtAt: Date) {
	const issues: ReportEntry[] = [...report.skipped, ...report.warnings].map((i) => ({
		id: i.id,
		type: i.type,
		path: i.path,
		severity: i.level,
		message: invalidFieldMessage(i.type, i.id, i.path, i.reason),
	}));
	for (const line of report.lines)
		issues.push({ id: null, type: null, path: null, severity: 'note', message: line });
	return {
		builtAt: builtAt.toISOString(),
		counts: {
			skipped: report.skipped.length,
			warnings: report.warnings.length,
			notes: report.lines.length,
		},
		issues,
	};
}

/** A fault that stops the build: its message is printed alone, without a stack trace. */
export class FatalBuildError extends Error {
	override name = 'FatalBuildError';
}

/** Thrown when a dataset cannot be read at all. */
export class DatasetError extends FatalBuildError {
	override name = 'DatasetError';
}

/** Thrown when an environment variable has a value the build cannot use. */
export class ConfigError extends FatalBuildError {
	override name = 'ConfigError';
}

/** Thrown when the Sanity API cannot answer after the bounded retries. */
export class ApiError extends FatalBuildError {
	override name = 'ApiError';
}
