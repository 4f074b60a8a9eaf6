/**
 * The seed dataset as the Studio sees it after `sanity dataset import`: every `_sanityAsset`
 * becomes an asset reference (`image-<sha1>-<w>x<h>-<ext>`, `file-<sha1>-<ext>`) and every
 * referenced asset exists as a `sanity.imageAsset` / `sanity.fileAsset` document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type StudioDocument = { _id: string; _type: string; [field: string]: unknown };

export const SEED_DIR = join(import.meta.dirname, '../../../sanity-studio/seed/production');

const ASSET_PATTERN =
	/^(image|file)@file:\/\/\.\/(?:images|files)\/([a-f0-9]{40})(?:-(\d+x\d+))?\.([a-z0-9]+)$/;

/** Turns an export's `_sanityAsset` string into the asset document id Sanity gives it. */
export function assetIdFromSanityAsset(value: string): string {
	const match = ASSET_PATTERN.exec(value);
	if (!match) throw new Error(`Unknown _sanityAsset format: ${value}`);
	const [, kind, sha1, dimensions, extension] = match;
	return [kind, sha1, dimensions, extension].filter(Boolean).join('-');
}

/** Returns a deep copy of `value` with `_sanityAsset` fields replaced by asset references. */
export function toStudioValue(value: unknown, assetIds: Set<string> = new Set()): unknown {
	if (Array.isArray(value)) return value.map((item) => toStudioValue(item, assetIds));
	if (!value || typeof value !== 'object') return value;
	const result: Record<string, unknown> = {};
	for (const [key, field] of Object.entries(value)) {
		if (key === '_sanityAsset' && typeof field === 'string') {
			const id = assetIdFromSanityAsset(field);
			assetIds.add(id);
			result.asset = { _type: 'reference', _ref: id };
		} else {
			result[key] = toStudioValue(field, assetIds);
		}
	}
	return result;
}

/** Reads data.ndjson and returns the documents and asset documents as the Studio has them. */
export function loadSeedDocuments(dir = SEED_DIR): StudioDocument[] {
	const lines = readFileSync(join(dir, 'data.ndjson'), 'utf8').split('\n').filter(Boolean);
	const assetIds = new Set<string>();
	const documents = lines.map(
		(line) => toStudioValue(JSON.parse(line), assetIds) as StudioDocument,
	);
	const assets = [...assetIds].map((id) => ({
		_id: id,
		_type: id.startsWith('image-') ? 'sanity.imageAsset' : 'sanity.fileAsset',
	}));
	return [...documents, ...assets];
}
