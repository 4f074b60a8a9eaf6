/**
 * Sanity CLI configuration: project and dataset (see env.ts), a self-contained build
 * (no auto-updates from Sanity's CDN, so the Studio also builds and runs offline), and
 * TypeGen: `npm run typegen` extracts schema.json and writes src/sanity/sanity.types.ts from
 * every defineQuery in src/sanity/queries.ts. SANITY_TYPEGEN_SCHEMA / SANITY_TYPEGEN_OUT
 * (paths relative to this folder) redirect it, so the stale-types test can regenerate into a
 * temp dir: this block overrides `sanity typegen generate --config-path`. In production builds
 * `@sanity/vision` is replaced by a stub (lib/no-vision.ts): the GROQ tool is for `sanity dev` only.
 */
import { fileURLToPath } from 'node:url';
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
	vite: (config, env) =>
		env.mode === 'production'
			? {
					...config,
					resolve: {
						...config.resolve,
						alias: {
							...(config.resolve?.alias as Record<string, string> | undefined),
							'@sanity/vision': fileURLToPath(new URL('./lib/no-vision.ts', import.meta.url)),
						},
					},
				}
			: config,
	schemaExtraction: { path: 'schema.json' },
	typegen: {
		path: '../src/sanity/queries.ts',
		schema: process.env.SANITY_TYPEGEN_SCHEMA || 'schema.json',
		generates: process.env.SANITY_TYPEGEN_OUT || '../src/sanity/sanity.types.ts',
		// Unformatted output is the same wherever it is written (no Prettier config applies in a
		// temp dir); the generated file is in .prettierignore.
		formatGeneratedCode: false,
	},
});
