/**
 * The one place that turns an asset into a URL. Local exports are served from the site itself
 * (see pages/bilder and pages/vedlegg); API assets use their Sanity CDN URL.
 */
import { fileURLToPath } from 'node:url';
import { slugify } from '../lib/slugify.ts';
import type { Asset } from './schemas.ts';

/** True when the asset's file is on this machine (embedded or local export). */
export const isLocalAsset = (asset: Pick<Asset, 'url'>) => asset.url.startsWith('file:');

/** Absolute path of a local asset's file. */
export const localAssetPath = (asset: Pick<Asset, 'url'>) => fileURLToPath(asset.url);

/** The file name a local asset is published under: `<sha1>-<w>x<h>.<ext>` for images. */
export function publishedImageName(asset: Pick<Asset, '_id'>): string {
	const m = /^image-([a-f0-9]+)-(\d+x\d+)-(\w+)$/.exec(asset._id);
	return m ? `${m[1]}-${m[2]}.${m[3]}` : asset._id;
}

/** URL of an image in its original size. */
export function imageUrl(asset: Pick<Asset, '_id' | 'url'>): string {
	return isLocalAsset(asset) ? `/bilder/${publishedImageName(asset)}` : asset.url;
}

/** Readable download name: "Mal til sektoren.docx" → "mal-til-sektoren.docx". */
export function downloadName(asset: Pick<Asset, 'originalFilename' | 'extension' | '_id'>): string {
	const ext = asset.extension ?? asset.originalFilename?.split('.').pop() ?? 'bin';
	const stem = slugify((asset.originalFilename ?? asset._id).replace(/\.[^.]+$/, '')) || 'vedlegg';
	return `${stem}.${ext.toLowerCase()}`;
}

/** URL of an attachment file. */
export function fileUrl(asset: Pick<Asset, '_id' | 'url' | 'originalFilename' | 'extension'>): string {
	if (!isLocalAsset(asset)) return asset.url;
	const hash = /^file-([a-f0-9]+)-/.exec(asset._id)?.[1] ?? asset._id;
	return `/vedlegg/${hash}/${downloadName(asset)}`;
}
