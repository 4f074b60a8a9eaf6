/**
 * Where an asset's file is: on this machine (a local export: `file:` URL in `asset.url`) or on the
 * Sanity CDN, and the public address of an attachment (`/vedlegg/<key>/<readable-name>.<ext>`).
 */
import { createHash } from 'node:crypto';
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

/**
 * The permanent address of an attachment on the site (issue 27, point 2):
 * `/vedlegg/<key>/<name>.<ext>`, where the key is made from the post's `_id` and the attachment
 * block's `_key` (16 hex of their SHA-1), never from the file: replacing the file or renaming the
 * post keeps the address. A new file name changes only the last part, and the address record
 * (src/site/addresses/) keeps the old one answering.
 */
export function stableAttachmentUrl(
	postId: string,
	blockKey: string,
	asset: Pick<Asset, '_id' | 'originalFilename' | 'extension'>,
): string {
	const key = createHash('sha1').update(`${postId}#${blockKey}`).digest('hex').slice(0, 16);
	return attachmentUrl(key, downloadName(asset));
}

/**
 * URL of an attachment file by its content: `/vedlegg/<sha1>/<name>` for local files (the address
 * before issue 27, kept in the address record), the CDN URL otherwise.
 */
export function fileUrl(
	asset: Pick<Asset, '_id' | 'url' | 'originalFilename' | 'extension'>,
): string {
	if (!isLocalAsset(asset)) return asset.url;
	const hash = /^file-([a-f0-9]+)-/.exec(asset._id)?.[1] ?? asset._id;
	return attachmentUrl(hash, downloadName(asset));
}
