/**
 * Where an asset's file is: on this machine (a local export: `file:` URL in `asset.url`) or on the
 * Sanity CDN, and the public address of an attachment (`/vedlegg/<sha1>/<readable-name>.<ext>`).
 */
import { fileURLToPath } from 'node:url';
import { slugify } from '../lib/slugify.ts';
import { attachmentUrl } from '../lib/urls.ts';
import type { Asset } from './schemas.ts';

/** True when the asset's file is on this machine (embedded or local export). */
export const isLocalAsset = (asset: Pick<Asset, 'url'>) => asset.url.startsWith('file:');

/** Absolute path of a local asset's file. */
export const localAssetPath = (asset: Pick<Asset, 'url'>) => fileURLToPath(asset.url);

/** Readable download name: "Mal til sektoren.docx" → "mal-til-sektoren.docx". */
export function downloadName(asset: Pick<Asset, 'originalFilename' | 'extension' | '_id'>): string {
	const ext = asset.extension ?? asset.originalFilename?.split('.').pop() ?? 'bin';
	const stem = slugify((asset.originalFilename ?? asset._id).replace(/\.[^.]+$/, '')) || 'vedlegg';
	return `${stem}.${ext.toLowerCase()}`;
}

/** URL of an attachment file: self-hosted for local files, the CDN URL otherwise. */
export function fileUrl(
	asset: Pick<Asset, '_id' | 'url' | 'originalFilename' | 'extension'>,
): string {
	if (!isLocalAsset(asset)) return asset.url;
	const hash = /^file-([a-f0-9]+)-/.exec(asset._id)?.[1] ?? asset._id;
	return attachmentUrl(hash, downloadName(asset));
}
