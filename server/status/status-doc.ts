/**
 * The one status channel back to the editor: a small `postStatus` document per post, and one
 * `siteStatus` document for the site, written by the publish server with a write token. Ids live
 * under the `status.` path (`status.<postId>`, `status.site`): Sanity serves documents whose id has
 * a dot only to authenticated requests, so Sanity's own login protects them and the public site
 * never sees them. The site's queries select by `_type` and never name these types.
 * Nothing here holds a secret or a subscriber address: counts, states, times and one-line messages.
 * @see https://www.sanity.io/docs/ids (ids with a `.` are in a path and not publicly readable)
 */

/** Whether the site serves the post yet: waiting for a build, live, or the build failed. */
export type PublishPart = {
	state: 'waiting' | 'live' | 'failed';
	/** ISO instant of the last change of state. */
	at: string;
	/** One Norwegian line: why the build failed, or which build made it live. */
	message?: string;
	/** The content report's warnings for this document (Norwegian lines, no addresses). */
	warnings?: string[];
};

/** What the Facebook poster did with the post. */
export type FacebookPart = {
	state: 'waiting' | 'posted' | 'skipped' | 'failed';
	at: string;
	message?: string;
	/** The Page post id when posted. */
	postId?: string;
};

/** The newsletter send of the post: counts only, never addresses. */
export type NewsletterPart = {
	state: 'queued' | 'sending' | 'sent' | 'failed';
	at: string;
	queued: number;
	sent: number;
	failed: number;
	bounced: number;
	/** Accepted by the SMTP server but not marked: reported, never resent silently. */
	uncertain: number;
	message?: string;
};

export type StatusParts = {
	publish: PublishPart;
	facebook: FacebookPart;
	newsletter: NewsletterPart;
};
export type StatusPart = keyof StatusParts;

/** The site-wide status: the last build and when it went live. */
export type SiteStatus = {
	state: 'building' | 'live' | 'failed';
	at: string;
	message?: string;
	/** ISO instant the live site was built. */
	liveSince?: string;
};

/**
 * Staff's view of a newsletter audience (`status.audience.<audienceId>`): how many active
 * subscribers it reaches now. Counts only, never addresses.
 */
export type AudienceStatus = {
	count: number;
	at: string;
};

export const POST_STATUS_TYPE = 'postStatus';
export const AUDIENCE_STATUS_TYPE = 'audienceStatus';
export const SITE_STATUS_TYPE = 'siteStatus';
export const SITE_STATUS_ID = 'status.site';

/** `status.<postId>` for a published post id; throws for a draft, version or path id. */
export function postStatusId(postId: string): string {
	if (!/^[A-Za-z0-9_-][A-Za-z0-9_-]*$/.test(postId))
		throw new Error(`Ugyldig dokument-id for status: «${postId}» (bare publiserte id-er).`);
	return `status.${postId}`;
}

/** The document written for a post: its id, type and a weak reference to the post. */
export function postStatusBase(postId: string) {
	return {
		_id: postStatusId(postId),
		_type: POST_STATUS_TYPE,
		post: { _type: 'reference', _ref: postId, _weak: true },
	} as const;
}

/** The document written for an audience: `status.audience.<audienceId>` with a weak reference. */
export function audienceStatusBase(audienceId: string) {
	return {
		_id: `status.audience.${postStatusId(audienceId).slice('status.'.length)}`,
		_type: AUDIENCE_STATUS_TYPE,
		audience: { _type: 'reference', _ref: audienceId, _weak: true },
	} as const;
}
