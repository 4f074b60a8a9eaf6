/** Validates documents against the Studio schema the way the Studio does, over a given dataset. */
import { createSchema, validateDocument, type SanityClient, type ValidationMarker } from 'sanity';
import { schemaTypes } from '../../../sanity-studio/schemaTypes/index.ts';
import { createFakeClient } from './fake-client.ts';
import type { StudioDocument } from './seed.ts';

/** The compiled Studio schema (a type with a schema error would be missing from it). */
export const studioSchema = createSchema({ name: 'default', types: schemaTypes });

/**
 * Runs the Studio's validation of `document`, with `dataset` as the content of the project.
 * `environment: 'studio'` is what editors see. `'cli'` (as `sanity documents validate`) also
 * warns about fields the schema does not know, but it turns object-level errors (slug, file,
 * array items) into warnings, so rule tests use the Studio's environment.
 */
export async function validateInDataset(
	document: StudioDocument,
	dataset: StudioDocument[],
	environment: 'studio' | 'cli' = 'studio',
): Promise<ValidationMarker[]> {
	const client = createFakeClient(dataset);
	const ids = new Set(dataset.map((doc) => doc._id));
	return validateDocument({
		document: document as Parameters<typeof validateDocument>[0]['document'],
		workspace: { schema: studioSchema } as Parameters<typeof validateDocument>[0]['workspace'],
		getClient: () => client as unknown as SanityClient,
		getDocumentExists: async ({ id }) => ids.has(id),
		environment,
	});
}

/** A marker reduced to what a test compares: level, dotted path and message. */
export function summarize(markers: ValidationMarker[]) {
	return markers.map(({ level, path, message }) => ({
		level,
		path: path
			.map((segment) =>
				typeof segment === 'object' && segment && '_key' in segment
					? `[_key=${segment._key}]`
					: segment,
			)
			.join('.'),
		message,
	}));
}

/** The plain-language assistant's advice: warnings whose message starts with «Klarspråk:». */
export const isAdvice = (marker: { level: string; message: string }) =>
	marker.level === 'warning' && marker.message.startsWith('Klarspråk: ');

/** The markers without the assistant's advice: what a test of the other rules compares. */
export function faults(markers: ValidationMarker[]) {
	return summarize(markers).filter((marker) => !isAdvice(marker));
}
