import { defineConfig } from 'sanity';
import { dataset, projectId } from './env';
import { resolveDocumentActions } from './actions';
import { SINGLETON_TYPES, STATUS_TYPES } from './lib/constants';
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
		templates: (previous) =>
			resolveTemplates(previous, new Set([...SINGLETON_TYPES, ...STATUS_TYPES])),
	},
	document: {
		newDocumentOptions: (previous) =>
			previous.filter(
				(item) => !SINGLETON_TYPES.has(item.templateId) && !STATUS_TYPES.has(item.templateId),
			),
		actions: resolveDocumentActions,
	},
});
