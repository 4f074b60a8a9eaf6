/**
 * Transform specs from @sanity/image-url: the source rectangle (the Studio crop, or a hotspot-centred
 * cut when an aspect ratio is forced) and the output size. Sanity's CDN executes the URL; sharp
 * executes the same rect + size for local files (encode.ts), so both give the same picture.
 */
import { createImageUrlBuilder } from '@sanity/image-url';
import type { Figure } from '../sanity/schemas.ts';

export type Rect = { left: number; top: number; width: number; height: number };
/** What to cut from the original (`rect`, in its pixels) and the output size; `url` is the CDN form. */
export type Transform = { rect: Rect; width: number; height: number; url: string };
export type ImageSource = Pick<Figure, 'asset' | 'crop' | 'hotspot'>;

const CDN_IMAGE_URL = /^(https?:\/\/[^/]+)\/images\/([^/]+)\/([^/]+)\//;
/** One builder per project (every local file shares one): a build asks for thousands of URLs. */
const builders = new Map<string, ReturnType<typeof createImageUrlBuilder>>();
/**
 * Transforms already built, by everything they depend on. A page, its feed item, its e-mail and
 * its share card ask for the same transforms, and so do posts that share a picture; bounded so a
 * huge dataset cannot grow it without end.
 */
const transforms = new Map<string, Transform>();
const MAX_MEMO = 50_000;

function builderFor(assetUrl: string) {
	const m = CDN_IMAGE_URL.exec(assetUrl);
	const key = m ? m[0] : '';
	let builder = builders.get(key);
	if (!builder) {
		// Local files belong to no project: placeholders keep the URL well-formed; only its query is used.
		builder = createImageUrlBuilder(
			m
				? { baseUrl: m[1]!, projectId: m[2]!, dataset: m[3]! }
				: { projectId: 'local', dataset: 'local' },
		);
		builders.set(key, builder);
	}
	return builder;
}

/** Builds the transform of an image `width` px wide, or `width`×`height` (hotspot-aware cut). */
export function buildTransform(
	image: ImageSource,
	size: { width: number; height?: number | undefined },
): Transform {
	const { asset, crop, hotspot } = image;
	const key = JSON.stringify([
		asset._id,
		asset.url,
		asset.width,
		asset.height,
		crop ?? null,
		hotspot ?? null,
		size.width,
		size.height ?? null,
	]);
	const hit = transforms.get(key);
	if (hit) return hit;
	if (transforms.size >= MAX_MEMO) transforms.clear();
	// Frozen: every caller shares the object.
	const computed = computeTransform(image, size);
	const transform = Object.freeze({ ...computed, rect: Object.freeze(computed.rect) });
	transforms.set(key, transform);
	return transform;
}

function computeTransform(
	image: ImageSource,
	size: { width: number; height?: number | undefined },
): Transform {
	const { asset, crop, hotspot } = image;
	let builder = builderFor(asset.url)
		.image({
			asset: { _ref: asset._id },
			...(crop ? { crop } : {}),
			...(hotspot ? { hotspot } : {}),
		})
		.width(size.width);
	if (size.height) builder = builder.height(size.height);
	const url = builder.url();
	const query = new URLSearchParams(url.slice(url.indexOf('?') + 1));
	const r = query.get('rect')?.split(',').map(Number);
	// images/check.ts has already set aside crops that leave nothing; this guards hand-made data,
	// so no dimension is ever ≤ 0.
	const rect: Rect =
		r?.length === 4 && r.every(Number.isFinite) && r[2]! > 0 && r[3]! > 0
			? { left: Math.max(0, r[0]!), top: Math.max(0, r[1]!), width: r[2]!, height: r[3]! }
			: { left: 0, top: 0, width: asset.width, height: asset.height };
	const width = Math.max(1, Number(query.get('w')));
	const height =
		Number(query.get('h')) || Math.max(1, Math.round((width * rect.height) / rect.width));
	return { rect, width, height, url };
}

/** The part of the original a figure shows (the Studio crop, or all of it). */
export const cropRect = (image: ImageSource): Rect =>
	buildTransform(image, { width: image.asset.width }).rect;

/**
 * Variant widths for a source `sourceWidth` px wide: the configured widths that do not upscale,
 * plus the source width itself when it falls between two of them (so large screens get all of it).
 */
export function responsiveWidths(sourceWidth: number, widths: readonly number[]): number[] {
	const max = Math.max(...widths);
	const fit = widths.filter((w) => w <= sourceWidth);
	if (sourceWidth < max && !fit.includes(sourceWidth)) fit.push(sourceWidth);
	return fit.sort((a, b) => a - b);
}

/** The `srcset` attribute for a list of `[url, width]` pairs. */
export const formatSrcset = (entries: ReadonlyArray<readonly [string, number]>): string =>
	entries.map(([url, w]) => `${url} ${w}w`).join(', ');
