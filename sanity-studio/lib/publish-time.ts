/**
 * The publish time of a post is the moment it is first published (issue 27, point 3): the field
 * starts empty, and the publish action fills it when the editor has not set a time herself.
 */

/** The field the site reads as the post's publish instant (ISO 8601, UTC). */
export const PUBLISH_TIME_FIELD = 'publishedAt';

/**
 * Returns `{ publishedAt: now }` when `document` has no valid publish time yet, else undefined
 * (a hand-set time, past or future, is kept: a future time schedules the post on the site).
 */
export function publishTimePatch(
	document: Record<string, unknown> | null | undefined,
	now: Date,
): { publishedAt: string } | undefined {
	const value = document?.[PUBLISH_TIME_FIELD];
	if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return undefined;
	return { publishedAt: now.toISOString() };
}
