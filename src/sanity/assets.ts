/**
 * Asset documents for a local export: ids built from the file name the way Sanity does
 * (`image-<sha1>-<w>x<h>-<ext>`, `file-<sha1>-<ext>`), so @sanity/image-url accepts them.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mimeType } from '../lib/mime.ts';
import type { SanityDocument } from './dataset.ts';
import { datasetMessages } from '../report/messages.ts';
import type { ContentReport } from '../report/report.ts';

/**
 * Makes an image asset's `metadata.lqip` from its local file (`file`, asset `id`): a small blurred
 * image as a data URL, as Sanity makes it, or undefined. The content room passes the image
 * pipeline's (src/images/probe.ts `lqipPlaceholder`); this room runs no image code itself.
 */
export type Placeholder = (file: string, id: string) => Promise<string | undefined>;

/** No placeholder: `metadata.lqip` stays unset. */
export const noPlaceholder: Placeholder = async () => undefined;

export type AssetRef = {
	id: string;
	kind: 'image' | 'file';
	relPath: string;
	hash: string;
	extension: string;
	width?: number;
	height?: number;
	/** The http(s) URL when the export only points at the file (not in images/ or files/). */
	remoteUrl?: string;
};

/** Parses `image@file://./images/<sha1>-<w>x<h>.<ext>` or `file@file://./files/<sha1>.<ext>`. */
export function parseSanityAsset(value: string): AssetRef | null {
	const m =
		/^(image|file)@(?:file:\/\/\.?\/?|https?:\/\/[^\s]*\/)((?:images|files)\/)?([^/\s]+)$/.exec(
			value,
		);
	if (!m) return null;
	const kind = m[1] as 'image' | 'file';
	const name = m[3]!;
	const dir = m[2] ?? (kind === 'image' ? 'images/' : 'files/');
	const remote = /^(?:image|file)@(https?:\/\/\S+)$/.exec(value)?.[1];
	const remoteUrl = remote ? { remoteUrl: remote } : {};
	if (kind === 'image') {
		const im = /^([a-f0-9]{40})-(\d+)x(\d+)\.([a-z0-9]+)$/i.exec(name);
		if (!im) return null;
		const [, hash, w, h, ext] = im as unknown as [string, string, string, string, string];
		return {
			id: `image-${hash}-${w}x${h}-${ext}`,
			kind,
			relPath: `${dir}${name}`,
			hash,
			extension: ext,
			width: Number(w),
			height: Number(h),
			...remoteUrl,
		};
	}
	const fm = /^([a-f0-9]{40})\.([a-z0-9]+)$/i.exec(name);
	if (!fm) return null;
	const [, hash, ext] = fm as unknown as [string, string, string];
	return {
		id: `file-${hash}-${ext}`,
		kind,
		relPath: `${dir}${name}`,
		hash,
		extension: ext,
		...remoteUrl,
	};
}

/** Builds the asset document; a missing file is noted, and a file asset (not an image) is then null. */
export async function buildAssetDocument(
	ref: AssetRef,
	root: string,
	meta: Record<string, Record<string, unknown>>,
	report: ContentReport,
	placeholder: Placeholder = noPlaceholder,
): Promise<SanityDocument | null> {
	const file = join(root, ref.relPath);
	const info = ref.remoteUrl ? null : await stat(file).catch(() => null);
	if (!info?.isFile() && !ref.remoteUrl) {
		report.note(datasetMessages.missingFile(ref.relPath, ref.id));
		// A missing image keeps its document (size from its name), so images/check.ts can name the
		// post and the asset when it leaves the figure out.
		if (ref.kind === 'file') return null;
	}
	const m = meta[ref.id] ?? meta[`${ref.kind}-${ref.hash}`] ?? {};
	const originalFilename =
		typeof m.originalFilename === 'string' ? m.originalFilename : `${ref.hash}.${ref.extension}`;
	const base = {
		_id: ref.id,
		_type: ref.kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
		assetId: ref.hash,
		extension: ref.extension,
		mimeType: typeof m.mimeType === 'string' ? m.mimeType : mimeType(ref.extension),
		originalFilename,
		size: info?.size ?? 0,
		// A remote file is reported by readDataset and fetched (or left out) where it is used.
		url: ref.remoteUrl ?? pathToFileURL(file).href,
	};
	if (ref.kind === 'file') return base;
	const { width = 0, height = 0 } = ref;
	return {
		...base,
		metadata: {
			_type: 'sanity.imageMetadata',
			dimensions: {
				_type: 'sanity.imageDimensions',
				width,
				height,
				aspectRatio: height ? width / height : 1,
			},
			lqip: ref.remoteUrl ? undefined : await placeholder(file, ref.id),
		},
	};
}
