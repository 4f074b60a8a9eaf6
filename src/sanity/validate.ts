/**
 * Validates query results with zod, document by document: an invalid required field skips the
 * document; any other invalid field falls back (or an invalid array item is left out), each with a
 * warning naming the document `_id` and the field path.
 */
import type { z } from 'astro/zod';
import { contentMessages as m } from '../report/messages.ts';
import type { ContentReport } from '../report/report.ts';
import { formatPath } from './walk.ts';

type Options = {
	type: string;
	required: readonly string[];
	fallbacks: Record<string, unknown>;
	/** The reason for a missing top-level field, when it can say more than "mangler" (a suggestion). */
	missing?: Record<string, (doc: Record<string, unknown>) => string>;
};

/** Validates one document; returns the parsed value or null when it must be skipped. */
export function validateDocument<S extends z.ZodType>(
	raw: unknown,
	schema: S,
	report: ContentReport,
	opts: Options,
): z.infer<S> | null {
	const doc = { ...(raw as Record<string, unknown>) };
	const id = typeof doc._id === 'string' && doc._id ? doc._id : '(uten _id)';
	for (let attempt = 0; attempt < 5; attempt++) {
		const result = schema.safeParse(doc);
		if (result.success) return result.data;
		const fatal = result.error.issues.find((i) => opts.required.includes(String(i.path[0])));
		if (fatal) {
			report.skip(opts.type, id, formatPath(fatal.path), describe(fatal, doc, opts));
			return null;
		}
		const dropped = new Map<string, Set<number>>();
		for (const issue of result.error.issues) {
			const [field, index] = issue.path as [string, unknown];
			const path = formatPath(issue.path);
			if (typeof index === 'number' && Array.isArray(doc[field])) {
				if (!dropped.has(field)) dropped.set(field, new Set());
				if (!dropped.get(field)!.has(index))
					report.warn(opts.type, id, path, m.leftOut(describe(issue, doc, opts)));
				dropped.get(field)!.add(index);
			} else if (field in opts.fallbacks) {
				report.warn(
					opts.type,
					id,
					path,
					m.fallback(describe(issue, doc, opts), opts.fallbacks[field]),
				);
				doc[field] = opts.fallbacks[field];
			} else {
				report.skip(opts.type, id, path, describe(issue, doc, opts));
				return null;
			}
		}
		for (const [field, indexes] of dropped)
			doc[field] = (doc[field] as unknown[]).filter((_, i) => !indexes.has(i));
	}
	report.skip(opts.type, id, '', m.unvalidatable);
	return null;
}

/** Validates a list; invalid documents are reported and left out. */
export function validateDocuments<S extends z.ZodType>(
	raws: unknown[],
	schema: S,
	report: ContentReport,
	opts: Options,
): z.infer<S>[] {
	return raws.flatMap((raw) => {
		const v = validateDocument(raw, schema, report, opts);
		return v === null ? [] : [v];
	});
}

function describe(
	issue: z.core.$ZodIssue,
	doc: Record<string, unknown>,
	opts: Pick<Options, 'missing'>,
): string {
	let value: unknown = doc;
	for (const p of issue.path)
		value =
			value && typeof value === 'object'
				? (value as Record<PropertyKey, unknown>)[p as PropertyKey]
				: undefined;
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
		const isAsset = issue.path.length > 1 && issue.path.some((p) => p === 'asset' || p === 'file');
		if (isAsset) return m.deadAsset;
		const hint = issue.path.length === 1 ? opts.missing?.[String(issue.path[0])] : undefined;
		return hint ? hint(doc) : m.missing;
	}
	return issue.message;
}
