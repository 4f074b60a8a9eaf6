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
