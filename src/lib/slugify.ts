/**
 * The slug rule is the Studio's (æ → ae, ø → o, å → a, then [a-z0-9-]): one definition for the
 * schema, the seed generator and the site.
 */
export { SLUG_PATTERN, slugifyNb as slugify } from '../../sanity-studio/lib/slugify.ts';
