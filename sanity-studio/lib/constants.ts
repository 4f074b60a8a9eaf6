/** API version used by the Studio's own queries (structure, initial values). */
export const API_VERSION = '2025-02-19';

/** Credit stored on new images until siteSettings.defaultCredit says otherwise. */
export const DEFAULT_CREDIT = 'KS';

/** The one siteSettings document. */
export const SITE_SETTINGS_ID = 'siteSettings';

/** Types edited as a single fixed document: no "create new", no delete or duplicate. */
export const SINGLETON_TYPES = new Set(['siteSettings']);

/**
 * Status documents the publish server writes (`status.<postId>`, `status.site`; server/status/):
 * shown read-only on a post, never created by hand and never listed in the structure.
 */
export const STATUS_TYPES = new Set(['postStatus', 'siteStatus']);

/** Document actions allowed on singletons. */
export const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore']);

/** Time zone the editors think in; datetimes are stored in UTC. */
export const TIME_ZONE = 'Europe/Oslo';
