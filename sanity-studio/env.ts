/**
 * Project id and dataset for the Studio, from SANITY_STUDIO_PROJECT_ID / SANITY_STUDIO_DATASET.
 * Sanity inlines `process.env.SANITY_STUDIO_*` into the browser bundle, so the variables are
 * read by their literal names here. An unset project id falls back to a placeholder so that
 * `sanity build` and the schema commands work without a Sanity account (CI, tests).
 */

/** Stand-in project id used when SANITY_STUDIO_PROJECT_ID is unset. */
export const PLACEHOLDER_PROJECT_ID = 'placeholder';

export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || PLACEHOLDER_PROJECT_ID;
export const dataset = process.env.SANITY_STUDIO_DATASET || 'production';
export const usesPlaceholderProjectId = projectId === PLACEHOLDER_PROJECT_ID;

/** The live preview server's address when SANITY_STUDIO_PREVIEW_URL is unset (`npm run preview:server`). */
export const DEFAULT_PREVIEW_URL = 'http://localhost:4322';

/** Where the Presentation tool finds the live preview server (its origin, no trailing slash). */
export const previewUrl = (process.env.SANITY_STUDIO_PREVIEW_URL || DEFAULT_PREVIEW_URL).replace(
	/\/+$/,
	'',
);

/** The editor's guide «Slik publiserer du» in the repository; named as text when no URL is set. */
export const GUIDE_PATH = 'docs/redaktor.md';

/** Where the Studio's «Slik publiserer du» links to (SANITY_STUDIO_GUIDE_URL), if anywhere. */
export const guideUrl = process.env.SANITY_STUDIO_GUIDE_URL || undefined;

/** What to do when the project id is unset; printed by sanity.cli.ts. */
export function missingProjectIdMessage(command: string | undefined): string {
	const lines = [
		'[sanity-studio] SANITY_STUDIO_PROJECT_ID is not set: using the placeholder project id',
		`  "${PLACEHOLDER_PROJECT_ID}". The Studio builds, but cannot log in or load content.`,
		'  To connect it to a real project, set (in sanity-studio/.env or the environment):',
		'    SANITY_STUDIO_PROJECT_ID=<your project id>   (https://www.sanity.io/manage)',
		'    SANITY_STUDIO_DATASET=production             (optional, default "production")',
		'  See sanity-studio/README.md for creating a project and importing the seed dataset.',
	];
	if (command === 'dev') {
		lines.push(
			'  Then restart `npm run studio`, and add http://localhost:3333 as a CORS origin',
			'  with credentials for the project (sanity.io/manage → API → CORS origins).',
		);
	}
	return lines.join('\n');
}
