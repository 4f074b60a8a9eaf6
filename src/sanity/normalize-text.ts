/**
 * Normalises every string of the content once, where it enters the build (an export as it is read,
 * an API result as it arrives), so the same GROQ works on both and no output can carry a character
 * that XML 1.0 (§2.2 Char) or HTML (§13.2.2.5: controls, noncharacters) forbids:
 * - U+000B (Word's soft line break), U+0085, U+2028 and U+2029 mean a line break: in a portable
 *   text span they become "\n" (rendered as `<br>`), elsewhere a space;
 * - other C0 and C1 controls (not tab, LF, CR), noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF …)
 *   and lone surrogates are removed.
 * Each changed field is reported once, naming the document `_id` and the field path.
 */
import { contentMessages as m } from '../report/messages.ts';
import type { ContentReport } from '../report/report.ts';
import { joinPath } from './walk.ts';

const BREAKS = /[ \t]*[\u000B\u0085\u2028\u2029][ \t]*/g;
/** Any character cleanText may change (every surrogate too): most text has none and is left alone. */
const SUSPECT =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;
const FORBIDDEN =
	/[\u0000-\u0008\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Code points as the report shows them: "U+000B, U+0008". */
const describe = (chars: Iterable<string>) =>
	[...new Set(chars)]
		.map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
		.join(', ');

/**
 * The clean form of `text`: line-break characters become "\n" (`lineBreaks`) or a space, forbidden
 * ones go. Returns the text and the code points that were changed (empty when none).
 */
export function cleanText(text: string, lineBreaks = false): { text: string; changed: string[] } {
	const changed: string[] = [];
	const out = text
		.replace(BREAKS, (match) => {
			changed.push(match.replace(/[ \t]/g, ''));
			return lineBreaks ? '\n' : ' ';
		})
		.replace(FORBIDDEN, (c) => {
			changed.push(c);
			return '';
		});
	return { text: out, changed };
}

type Owner = { type: string; id: string };
type Node = Record<string, unknown> | unknown[];

/** True for fields that are identifiers, not text (`_id`, `_ref`, `_key`, `_type` …). */
const isIdentifier = (key: PropertyKey) => typeof key === 'string' && key.startsWith('_');

function visit(node: Node, path: string, owner: Owner, report: ContentReport): void {
	const isSpan = !Array.isArray(node) && node._type === 'span';
	const entries: Array<[PropertyKey, unknown]> = Array.isArray(node)
		? node.map((v, i) => [i, v])
		: Object.entries(node);
	for (const [key, value] of entries) {
		if (isIdentifier(key)) continue;
		if (typeof value === 'string') {
			if (!SUSPECT.test(value)) continue;
			const { text, changed } = cleanText(value, isSpan && key === 'text');
			if (!changed.length) continue;
			(node as Record<PropertyKey, unknown>)[key] = text;
			report.warn(
				owner.type,
				owner.id,
				joinPath(path, key),
				m.forbiddenCharacters(describe(changed)),
			);
		} else if (value && typeof value === 'object') {
			const doc = value as Record<string, unknown>;
			// A nested document (a dereferenced topic in an API result) is reported as itself.
			const nested =
				!Array.isArray(value) && typeof doc._id === 'string' && typeof doc._type === 'string';
			if (nested) visit(doc, '', { type: doc._type as string, id: doc._id as string }, report);
			else visit(value as Node, joinPath(path, key), owner, report);
		}
	}
}

/** Cleans every string below `value` in place; `owner` names the document when `value` is not one. */
export function normalizeText<T>(value: T, report: ContentReport, owner?: Owner): T {
	if (!value || typeof value !== 'object') return value;
	const doc = value as Record<string, unknown>;
	if (!Array.isArray(value) && typeof doc._id === 'string')
		visit(doc, '', { type: String(doc._type ?? 'dokument'), id: doc._id }, report);
	else visit(value as Node, '', owner ?? { type: 'resultat', id: '(spørring)' }, report);
	return value;
}
