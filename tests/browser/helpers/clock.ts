/**
 * The build clock of the browser suite's shared build (BUILD_NOW, tests/browser/setup.ts): the
 * seed's June 2026 greeting is then within the last 12 months, so the build has a monthly digest
 * to check, and what depends on today (events, deadlines, the lead story) stays the same every day.
 */
export const BROWSER_NOW = '2026-11-30T12:00:00Z';
