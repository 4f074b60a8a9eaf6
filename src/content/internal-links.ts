/**
 * Internal links in body text (the Studio's `internalLink` annotation → a post or topic): each
 * becomes a site path built by src/lib/urls.ts when its target is published in this build, and
 * otherwise plain text, reported with its path (`body[2].markDefs[0]`) and the reason.
 */
import { formatCalendarDate, toOsloDate } from '../lib/dates.ts';
import { bodyMessages as m } from '../report/messages.ts';
import type { ContentReport } from '../report/report.ts';
import { formatPath } from '../sanity/walk.ts';

/** Document id → site path of every post and topic this build publishes. */
export type LinkTargets = ReadonlyMap<string, string>;

type Target = { _id?: unknown; _type?: unknown; publishedAt?: unknown } | null | undefined;
type MarkDef = { _type?: unknown; _key?: unknown; target?: Target };
type Who = { type: string; id: string; report: ContentReport; now: Date };

/** Why a target cannot be linked: not there at all (draft-only, deleted), scheduled, or left out. */
function reason(target: Target, now: Date): string {
	if (!target || typeof target._id !== 'string') return m.internalLinkMissing;
	const at = typeof target.publishedAt === 'string' ? Date.parse(target.publishedAt) : NaN;
	if (at > now.getTime())
		return m.internalLinkScheduled(formatCalendarDate(toOsloDate(new Date(at))));
	return m.internalLinkNotShown;
}

/**
 * A copy of `body` where every internalLink mark definition is `{_type, _key, href}`: the target's
 * path, or `href: null` (rendered as text by src/render/internal-link.ts) with a warning.
 */
export function resolveInternalLinks<B>(body: readonly B[], targets: LinkTargets, who: Who): B[] {
	return body.map((block, i) => {
		// A hole (null): a block an earlier step left out and reported (holes.ts).
		const defs = (block as { markDefs?: unknown } | null)?.markDefs;
		if (!Array.isArray(defs) || !defs.some((d: MarkDef) => d?._type === 'internalLink'))
			return block;
		const markDefs = defs.map((def: MarkDef, j) => {
			if (def?._type !== 'internalLink') return def;
			const id = typeof def.target?._id === 'string' ? def.target._id : '';
			const href = targets.get(id) ?? null;
			if (!href)
				who.report.warn(
					who.type,
					who.id,
					formatPath(['body', i, 'markDefs', j]),
					reason(def.target, who.now),
				);
			return { _type: 'internalLink', _key: def._key, href };
		});
		return { ...block, markDefs };
	});
}
