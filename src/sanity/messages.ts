/**
 * Build messages about content, written once: `[sanity] post "abc" → mainImage.alt: reason`.
 * Warnings and skipped documents are collected in a report printed as one block at the end of the build.
 */

export type ContentIssue = {
	level: 'error' | 'warning';
	id: string;
	type: string;
	path: string;
	reason: string;
};

/** Formats one content message naming the document and the field. */
export function invalidFieldMessage(
	type: string,
	id: string,
	path: string,
	reason: string,
): string {
	return `[sanity] ${type} "${id}" → ${path || '(dokument)'}: ${reason}`;
}

/** Formats a message about a line of an export file. */
export function invalidLineMessage(
	file: string,
	line: number,
	reason: string,
	id?: string,
): string {
	return `[sanity] ${file}, linje ${line}${id ? ` (${id})` : ''}: ${reason}`;
}

/** Collects content issues; one report per content load. */
export class ContentReport {
	readonly issues: ContentIssue[] = [];
	readonly lines: string[] = [];

	warn(type: string, id: string, path: string, reason: string): void {
		this.issues.push({ level: 'warning', id, type, path, reason });
	}

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
		const out = ['[sanity] Innholdsrapport'];
		const section = (title: string, list: ContentIssue[]) => {
			if (list.length === 0) return;
			out.push(`${title} (${list.length}):`);
			for (const i of list) out.push(`  ${invalidFieldMessage(i.type, i.id, i.path, i.reason)}`);
		};
		section('Hoppet over – kan ikke vises', this.skipped);
		section('Advarsler – vist med reserveverdi', this.warnings);
		if (this.lines.length)
			out.push(`Eksportfil (${this.lines.length}):`, ...this.lines.map((l) => `  ${l}`));
		return out.join('\n');
	}
}

/** Where content.ts leaves the build's report for the content-report integration (same process). */
export const CONTENT_REPORT_KEY = Symbol.for('ks.sanity.contentReport');

/** Thrown when a dataset cannot be read at all; the build fails with this message. */
export class DatasetError extends Error {
	override name = 'DatasetError';
}
