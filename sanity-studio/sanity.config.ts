import { nbNOLocale } from '@sanity/locale-nb-no';
import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { dataset, projectId } from './env';
import { API_VERSION, SINGLETON_ACTIONS, SINGLETON_TYPES } from './lib/constants';
import { schemaTypes } from './schemaTypes';
import { structure } from './structure';
import { resolveTemplates } from './templates';

export default defineConfig({
	name: 'default',
	title: 'KS Trøndelag',
	projectId,
	dataset,
	plugins: [
		structureTool({ title: 'Innhold', structure }),
		visionTool({ title: 'GROQ', defaultApiVersion: API_VERSION }),
		// Added last, so Norwegian is the default language; editors can still switch.
		nbNOLocale(),
	],
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
