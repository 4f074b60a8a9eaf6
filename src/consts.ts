/** Site-wide constants. */
export const SITE_LANG = 'nb';
export const LOCALE = 'nb-NO';
export const TIME_ZONE = 'Europe/Oslo';
/** 12 fills whole rows of the post grid at one, two and three columns: no orphan card. */
export const POSTS_PER_PAGE = 12;
export const LATEST_POSTS_ON_FRONT_PAGE = 6;
/** Items per feed: the newest N matching posts (a feed of every post would grow without bound). */
export const FEED_ITEMS = 50;
/**
 * The season in which a greeting may lead the front page without a pin: until the end of this
 * day (Oslo time), month 1–12. A summer greeting until 31 August of its year; a Christmas greeting
 * until 6 January (of the next year when published in the second half of the year).
 */
export const GREETING_SEASON_END = {
	summerGreeting: { month: 8, day: 31 },
	christmasGreeting: { month: 1, day: 6 },
} as const;
/** More municipalities than this on a post collapse to a count with the names in a <details>. */
export const MUNICIPALITIES_SHOWN = 6;
export const EXCERPT_MAX_LENGTH = 300;
/** «Tekst til Facebook»: the longest text the site sends (the Studio's limit too). */
export const FACEBOOK_TEXT_MAX_LENGTH = 500;
export const DEFAULT_DATASET_PATH = 'sanity-studio/seed/production';
export const DEFAULT_SITE_URL = 'https://trondelag.example.no';
export const DEFAULT_API_VERSION = '2025-02-19';
export const POST_KINDS = ['news', 'summerGreeting', 'christmasGreeting', 'newsletter'] as const;
export const ALLOWED_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;

// Images (src/images/responsive.ts). Widths suit the article column at 1×–3× density; never upscaled.
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
/** A figure whose cropped original is narrower than this is stretched in the article column (40.5rem of 18 px); reported. */
export const IMAGE_MIN_COLUMN_WIDTH = 720;
/** A share image cut from less than half the card's size (600×315) is upscaled visibly; reported. */
export const SHARE_IMAGE_MIN_SOURCE = { width: 600, height: 315 } as const;
/** Inputs above this are refused (memory bound, decompression bombs); above the second, a warning. */
export const IMAGE_MAX_INPUT_PIXELS = 100_000_000;
export const IMAGE_LARGE_INPUT_PIXELS = 40_000_000;
/** The Norwegian supervisory authority for universal design of ICT (the accessibility statement links it). */
export const UU_AUTHORITY_URL = 'https://www.uutilsynet.no/';
/** Where public bodies publish their accessibility statement (the statement page explains it). */
export const UU_STATUS_URL = 'https://uustatus.no/';
/** The WCAG level the site aims at when site settings do not name one. */
export const DEFAULT_CONFORMANCE = 'WCAG 2.1 AA';

// The Sanity API source (src/sanity/api-source.ts).
/** Retries after a failed request (timeouts, 429, 5xx, malformed answers) before the build stops. */
export const API_MAX_RETRIES = 4;
/** Time limit of one API request. */
export const API_TIMEOUT_MS = 30_000;
/** The longest `Retry-After` the build waits for. */
export const API_RETRY_AFTER_MAX_MS = 60_000;

// Attachments (src/integrations/attachments.ts).
/** Attachments larger than this are left out with a report line (a 2 GB upload is a mistake). */
export const ATTACHMENT_MAX_BYTES = 100_000_000;
/** Time limit for fetching one remote asset that a local export points at. */
export const REMOTE_ASSET_TIMEOUT_MS = 30_000;

/**
 * The brand blue of the header (tokens.css --color-brand): the background of the logo's raster
 * icons (touch icon, manifest, feeds), which are made for a dark plate like the header, and the
 * web manifest's theme colour.
 */
export const BRAND_COLOR = '#0c4459';
/** Height of the logo in the header, in CSS pixels (layout.css); rendered at 1×, 2× and 3×. */
export const LOGO_HEADER_HEIGHT = 40;

// E-mail editions (src/site/email/). 600 px is the width every e-mail client shows without scaling.
export const EMAIL_WIDTH = 600;
/** Left and right padding of the e-mail's text column; figures are EMAIL_WIDTH − 2 × this wide. */
export const EMAIL_GUTTER = 24;
/** Posts published within this many months before the build get an e-mail edition (newsletters always). */
export const EMAIL_EDITION_MONTHS = 12;
/** Monthly digests built with the site: this many months, the current one included. */
export const DIGEST_MONTHS = 12;
/** A contact person's portrait on the contact card, CSS pixels square (article.css shows it round). */
export const CONTACT_PORTRAIT_SIZE = 80;
/** Upcoming events on the front page. */
export const UPCOMING_EVENTS_ON_FRONT_PAGE = 3;
/** Default of EMAIL_UNSUBSCRIBE_PLACEHOLDER: the mailing tool replaces it with the reader's own link. */
export const DEFAULT_UNSUBSCRIBE_PLACEHOLDER = '{{unsubscribe_url}}';

/**
 * Authority and date of the feed items' permanent ids, a tag URI (RFC 4151):
 * `tag:ks.no,2026:trondelag/<document _id>`. Fixed here, never from the slug or SITE_URL, so a
 * corrected slug or a move to another domain re-announces nothing in feed readers.
 */
export const FEED_ID_PREFIX = 'tag:ks.no,2026:trondelag/';
