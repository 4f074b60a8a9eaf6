// Place any global data in this file.
export const SITE_TITLE = 'Astro Blog';
export const SITE_DESCRIPTION = 'The Astro blog starter over the benchmark posts.';
/** Posts per list page: the same as the site's POSTS_PER_PAGE (src/consts.ts), checked by the bench test. */
export const POSTS_PER_PAGE = 12;
/** Items in the RSS feed: the newest N, like the site's FEED_ITEMS (src/consts.ts), checked by the bench test. */
export const FEED_ITEMS = 50;
