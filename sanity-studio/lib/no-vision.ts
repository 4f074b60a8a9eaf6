/**
 * Stands in for `@sanity/vision` in production builds (sanity.cli.ts aliases it): the GROQ tool
 * is for developers (`sanity dev`), so the Studio editors use does not even contain its code.
 */
import { definePlugin } from 'sanity';

/** Never registered in production: sanity.config.ts adds developer tools only in `sanity dev`. */
export const visionTool = definePlugin<{ title?: string; defaultApiVersion?: string }>(() => ({
	name: 'vision-left-out-of-production',
}));
