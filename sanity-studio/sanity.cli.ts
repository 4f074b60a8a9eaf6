/**
 * Sanity CLI configuration: project and dataset (see env.ts), a self-contained build
 * (no auto-updates from Sanity's CDN, so the Studio also builds and runs offline), and
 * TypeGen for the site's queries: `npm run typegen` extracts schema.json and writes
 * src/sanity/sanity.types.ts from every defineQuery in src/sanity/queries.ts.
 */
import { defineCliConfig } from 'sanity/cli';
import { dataset, missingProjectIdMessage, projectId, usesPlaceholderProjectId } from './env';

// The CLI loads this file again in worker processes; warn once per command.
if (usesPlaceholderProjectId && !process.env.KS_STUDIO_PLACEHOLDER_WARNED) {
	process.env.KS_STUDIO_PLACEHOLDER_WARNED = '1';
	const command = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
	console.warn(missingProjectIdMessage(command));
}

export default defineCliConfig({
	api: { projectId, dataset },
	deployment: { autoUpdates: false },
	schemaExtraction: { path: 'schema.json' },
	typegen: {
		path: '../src/sanity/queries.ts',
		schema: 'schema.json',
		generates: '../src/sanity/sanity.types.ts',
	},
});
