import { defineConfig } from 'sanity';
import { dataset, projectId } from './env';
import { SINGLETON_ACTIONS, SINGLETON_TYPES } from './lib/constants';
import { developerPlugins, studioPlugins } from './plugins';
import { schemaTypes } from './schemaTypes';
import { resolveTemplates } from './templates';

export default defineConfig({
	name: 'default',
	title: 'KS Trøndelag',
	projectId,
	dataset,
	// Structure, the nb-NO locale and, in `sanity dev` only, the GROQ tool (plugins.ts). The mode
	// check is written out here so the production build replaces it by `false` and drops Vision.
	plugins: studioPlugins(process.env.MODE === 'development' ? developerPlugins() : []),
	schema: {
		types: schemaTypes,
		templates: (previous) => resolveTemplates(previous, SINGLETON_TYPES),
	},
	document: {
		newDocumentOptions: (previous) =>
			previous.filter((item) => !SINGLETON_TYPES.has(item.templateId)),
		actions: (previous, { schemaType }) =>
			SINGLETON_TYPES.has(schemaType)
				? previous.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action))
				: previous,
	},
});
