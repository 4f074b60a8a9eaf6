import { nbNOLocale } from '@sanity/locale-nb-no';
import { visionTool } from '@sanity/vision';
import type { PluginOptions } from 'sanity';
import { structureTool } from 'sanity/structure';
import { previewUrl } from './env';
import { API_VERSION } from './lib/constants';
import { presentation } from './presentation';
import { structure } from './structure';

/**
 * Tools for developers only: the GROQ tool (Vision). sanity.config.ts adds them when
 * `process.env.MODE` is "development", which Sanity's Vite config sets for `sanity dev`
 * ("production" for `sanity build`, where sanity.cli.ts also swaps Vision for a stub).
 */
export const developerPlugins = (): PluginOptions[] => [
	visionTool({ title: 'GROQ', defaultApiVersion: API_VERSION }),
];

/**
 * The Studio's plugins: the structure, the Presentation tool (the live preview server at
 * SANITY_STUDIO_PREVIEW_URL), `extra` (the developer tools in `sanity dev`; editors never see the
 * GROQ tool in the deployed Studio) and the Norwegian locale, added last so it is the default
 * language.
 */
export function studioPlugins(extra: PluginOptions[] = []): PluginOptions[] {
	return [
		structureTool({ title: 'Innhold', structure }),
		presentation(previewUrl),
		...extra,
		nbNOLocale(),
	];
}
