/** Site-wide constants. */
export const SITE_LANG = 'nb';
export const LOCALE = 'nb-NO';
export const TIME_ZONE = 'Europe/Oslo';
export const POSTS_PER_PAGE = 10;
export const LATEST_POSTS_ON_FRONT_PAGE = 6;
/** A greeting is the front page's lead story while it is younger than this. */
export const LEAD_GREETING_MAX_AGE_MONTHS = 6;
export const EXCERPT_MAX_LENGTH = 300;
export const DEFAULT_DATASET_PATH = 'sanity-studio/seed/production';
export const DEFAULT_SITE_URL = 'https://trondelag.example.no';
export const DEFAULT_API_VERSION = '2025-02-19';
export const POST_KINDS = ['news', 'summerGreeting', 'christmasGreeting', 'newsletter'] as const;
export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;

// Images (src/sanity/images.ts). Widths suit the article column at 1×–3× density; never upscaled.
export const IMAGE_WIDTHS = [400, 640, 800, 1080, 1280, 1600] as const;
/** The `<img src>` fallback (feed readers, old browsers): the largest variant up to this width. */
export const IMAGE_FALLBACK_WIDTH = 1080;
/** Rendered width of a figure in the article column (36em of 18 px) or the viewport minus gutters. */
export const IMAGE_SIZES = '(min-width: 45rem) 40.5rem, 92vw';
/** Rendered width of a figure spanning the page (front-page lead story, archive lists). */
export const IMAGE_SIZES_WIDE =
	'(min-width: 72rem) 68rem, (min-width: 50rem) calc(100vw - 4rem), 92vw';
/** Open Graph / RSS share image: the size Facebook recommends. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
/** Inputs above this are refused (memory bound, decompression bombs); above the second, a warning. */
export const IMAGE_MAX_INPUT_PIXELS = 100_000_000;
export const IMAGE_LARGE_INPUT_PIXELS = 40_000_000;
/** The Norwegian supervisory authority for universal design of ICT (the accessibility statement links it). */
export const UU_AUTHORITY_URL = 'https://www.uutilsynet.no/';
/** The WCAG level the site aims at when site settings do not name one. */
export const DEFAULT_CONFORMANCE = 'WCAG 2.1 AA';

// E-mail editions (src/site/email/). 600 px is the width every e-mail client shows without scaling.
export const EMAIL_WIDTH = 600;
/** Left and right padding of the e-mail's text column; figures are EMAIL_WIDTH − 2 × this wide. */
export const EMAIL_GUTTER = 24;
/** Posts published within this many months before the build get an e-mail edition (newsletters always). */
export const EMAIL_EDITION_MONTHS = 12;
/** Monthly digests built with the site: this many months, the current one included. */
export const DIGEST_MONTHS = 12;
/** Upcoming events on the front page. */
export const UPCOMING_EVENTS_ON_FRONT_PAGE = 3;
/** Default of EMAIL_UNSUBSCRIBE_PLACEHOLDER: the mailing tool replaces it with the reader's own link. */
export const DEFAULT_UNSUBSCRIBE_PLACEHOLDER = '{{unsubscribe_url}}';
