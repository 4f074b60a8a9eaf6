import { nbNOLocale } from '@sanity/locale-nb-no';
import { visionTool } from '@sanity/vision';
import type { PluginOptions } from 'sanity';
import { structureTool } from 'sanity/structure';
import { API_VERSION } from './lib/constants';
import { structure } from './structure';

/**
 * True in `sanity dev`. Sanity's Vite config defines `process.env.MODE` as the build mode
 * ("development" for `sanity dev`, "production" for `sanity build`), so the check is replaced by a
 * constant in the bundle and the production Studio does not contain the GROQ tool at all.
 */
export const isStudioDev = (): boolean => process.env.MODE === 'development';

/**
 * The Studio's plugins: the structure, the GROQ tool (Vision) for developers only — editors never
 * see it in the deployed Studio — and the Norwegian locale, added last so it is the default.
 */
export function studioPlugins(dev: boolean = isStudioDev()): PluginOptions[] {
	return [
		structureTool({ title: 'Innhold', structure }),
		...(dev ? [visionTool({ title: 'GROQ', defaultApiVersion: API_VERSION })] : []),
		nbNOLocale(),
	];
}
