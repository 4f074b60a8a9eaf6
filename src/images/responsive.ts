/**
 * The one place that turns an asset into URLs. @sanity/image-url builds each transform
 * (image-spec.ts); local and API originals become self-hosted, content-addressed files under
 * /bilder/ (registered here, produced by image-build.ts), or with IMAGE_CDN=1 API images are served
 * from the Sanity CDN directly. Pages, feeds, e-mail and Open Graph all call this module.
 */
import { buildConfig } from '../build-state.ts';
import type { Config } from '../config.ts';
import { IMAGE_FALLBACK_WIDTH, IMAGE_WIDTHS, SHARE_IMAGE } from '../consts.ts';
import { slugify } from '../lib/slugify.ts';
import { resolveUrl } from '../lib/urls.ts';
import { variantBytes } from './produce.ts';
import { hashKey } from './cache.ts';
import { mimeType } from '../lib/mime.ts';
import { isLocalAsset, localAssetPath } from '../sanity/asset-files.ts';
import { ENCODER_OPTIONS } from './encode.ts';
import { settledProbe } from './probe.ts';
import { registerJob, type ImageJob, type OutputFormat } from './registry.ts';
import {
	buildTransform,
	cropRect,
	formatSrcset,
	responsiveWidths,
	type ImageSource,
	type Transform,
} from './spec.ts';
import type { Asset } from '../sanity/schemas.ts';

/** Bump when the way sharp executes a transform changes: every cached variant is then redone. */
const PIPELINE_VERSION = 1;
const SANITY_CDN = 'https://cdn.sanity.io';

export type ResponsiveImage = {
	src: string;
	srcset: string;
	/** Size of the largest variant; the aspect ratio of every variant. */
	width: number;
	height: number;
	/** Modern formats, best first, for `<source>` elements (none when the CDN negotiates the format). */
	sources: Array<{ type: string; srcset: string }>;
	/** Blurred placeholder (data URL) for opaque images. */
	lqip?: string | undefined;
};
export type ShareImage = { url: string; width: number; height: number; type: string };
type ImageAsset = ImageSource['asset'];

/** True when an API image is served from the Sanity CDN (IMAGE_CDN=1) instead of self-hosted copies. */
export const usesImageCdn = (asset: Pick<Asset, 'url'>) =>
	!isLocalAsset(asset) && buildConfig().imageCdn;

/** Origins besides 'self' that pages load images from, for the CSP `img-src` (the CDN when IMAGE_CDN=1). */
export const imageOrigins = (config: Pick<Config, 'imageCdn'>): string[] =>
	config.imageCdn ? [SANITY_CDN] : [];

/** JPEG for photos; PNG keeps transparency for other sources (unless the probe found none). */
function fallbackFormat(asset: ImageAsset): 'jpg' | 'png' {
	const ext = (asset.extension ?? asset._id.split('-').pop() ?? '').toLowerCase();
	if (ext === 'jpg' || ext === 'jpeg') return 'jpg';
	const probe = isLocalAsset(asset) ? settledProbe(localAssetPath(asset)) : undefined;
	return probe?.ok && !probe.hasAlpha ? 'jpg' : 'png';
}

const stems = new Map<string, string>();

/** A readable file-name stem: "kommunedirektorene.jpg" → "kommunedirektorene" (once per name). */
function fileStem(asset: ImageAsset): string {
	const key = `${asset._id}|${asset.originalFilename ?? ''}`;
	let stem = stems.get(key);
	if (stem === undefined) {
		const name = asset.originalFilename?.replace(/\.[^.]+$/, '') ?? '';
		stem =
			slugify(name).slice(0, 40).replace(/-+$/, '') ||
			(/^image-([a-z0-9]{1,12})/i.exec(asset._id)?.[1] ?? 'bilde');
		if (stems.size >= 50_000) stems.clear();
		stems.set(key, stem);
	}
	return stem;
}

/** Jobs already made, per transform (buildTransform shares one frozen object per image and size). */
const jobs = new WeakMap<Transform, Map<string, ImageJob>>();

/** The job for one variant. Its name carries a hash of the original (the asset id is Sanity's content hash) and of every parameter. */
export function variantJob(
	asset: ImageAsset,
	t: Transform,
	format: OutputFormat,
	opts: { background?: string | undefined } = {},
): ImageJob {
	// The transform names the asset, crop and size; the rest of the job's inputs make the key.
	const key = [
		format,
		opts.background,
		asset._id,
		asset.size,
		asset.url,
		asset.originalFilename,
	].join('|');
	let forTransform = jobs.get(t);
	if (!forTransform) jobs.set(t, (forTransform = new Map()));
	let job = forTransform.get(key);
	if (!job) forTransform.set(key, (job = Object.freeze(makeJob(asset, t, format, opts))));
	return job;
}

function makeJob(
	asset: ImageAsset,
	t: Transform,
	format: OutputFormat,
	opts: { background?: string | undefined },
): ImageJob {
	const hash = hashKey([
		PIPELINE_VERSION,
		asset._id,
		asset.size ?? 0,
		t.rect,
		t.width,
		t.height,
		format,
		ENCODER_OPTIONS[format],
		// Only present when set, so the names of existing variants do not change.
		...(opts.background ? [opts.background] : []),
	]);
	return {
		file: `${fileStem(asset)}-${t.width}x${t.height}-${hash.slice(0, 10)}.${format}`,
		key: `${hash}.${format}`,
		assetId: asset._id,
		source: asset.url,
		sourceWidth: asset.width,
		sourceHeight: asset.height,
		rect: t.rect,
		width: t.width,
		height: t.height,
		format,
		...(opts.background ? { background: opts.background } : {}),
	};
}

/**
 * The responsive image of a figure: widths up to the cropped original, AVIF/WebP plus a fallback.
 * With `baseUrl` (feeds, e-mail), self-hosted URLs are absolute; each URL is built whole here, so
 * no one has to split a srcset (CDN URLs carry commas: `rect=80,107,1440,853`).
 */
export function responsiveImage(image: ImageSource, baseUrl?: string | undefined): ResponsiveImage {
	const { asset } = image;
	const widths = responsiveWidths(cropRect(image).width, IMAGE_WIDTHS);
	const transforms = widths.map((width) => buildTransform(image, { width }));
	const largest = transforms.at(-1)!;
	const fallback = transforms.findLast((t) => t.width <= IMAGE_FALLBACK_WIDTH) ?? transforms[0]!;
	if (usesImageCdn(asset)) {
		// The CDN picks AVIF, WebP or the original format from the browser's Accept header.
		const cdn = (t: Transform) => `${t.url}&auto=format`;
		const srcset = formatSrcset(transforms.map((t) => [cdn(t), t.width] as const));
		return {
			src: cdn(fallback),
			srcset,
			width: largest.width,
			height: largest.height,
			sources: [],
			lqip: asset.lqip ?? undefined,
		};
	}
	const fallbackFmt = fallbackFormat(asset);
	const local = (job: ImageJob) => resolveUrl(registerJob(job), baseUrl);
	const srcsetOf = (format: OutputFormat) =>
		formatSrcset(transforms.map((t) => [local(variantJob(asset, t, format)), t.width] as const));
	return {
		src: local(variantJob(asset, fallback, fallbackFmt)),
		srcset: srcsetOf(fallbackFmt),
		width: largest.width,
		height: largest.height,
		sources: (['avif', 'webp'] as const).map((format) => ({
			type: mimeType(format),
			srcset: srcsetOf(format),
		})),
		lqip: fallbackFmt === 'jpg' ? (asset.lqip ?? undefined) : undefined,
	};
}

export type EmailImage = { src: string; width: number; height: number };

/**
 * The one image of a figure in an e-mail: shown `displayWidth` px wide (the `width` attribute), the
 * file about twice that for high-density screens. It is one of the variants the post page already
 * publishes (the smallest of IMAGE_WIDTHS ≥ 2× the display width, in the page's fallback format),
 * so an e-mail made later on demand points at files that are on the site. Absolute URL.
 */
export function emailImage(image: ImageSource, displayWidth: number, baseUrl: string): EmailImage {
	const widths = responsiveWidths(cropRect(image).width, IMAGE_WIDTHS);
	const width = widths.find((w) => w >= 2 * displayWidth) ?? widths.at(-1)!;
	const t = buildTransform(image, { width });
	const shown = Math.min(displayWidth, t.width);
	const height = Math.round((shown * t.height) / t.width);
	if (usesImageCdn(image.asset)) return { src: `${t.url}&fm=jpg`, width: shown, height };
	const src = registerJob(variantJob(image.asset, t, fallbackFormat(image.asset)));
	return { src: resolveUrl(src, baseUrl), width: shown, height };
}

/** The 1200×630 JPEG share image (Open Graph, RSS enclosure): the crop, cut around the hotspot. */
export function shareImage(image: ImageSource): ShareImage {
	const t = buildTransform(image, SHARE_IMAGE);
	const type = mimeType('jpg');
	if (usesImageCdn(image.asset))
		return { url: `${t.url}&fm=jpg`, width: t.width, height: t.height, type };
	return {
		url: registerJob(variantJob(image.asset, t, 'jpg')),
		width: t.width,
		height: t.height,
		type,
	};
}

/** Byte size of the share image (encoding it now if needed); 0 when the CDN serves it. */
export async function shareImageBytes(image: ImageSource): Promise<number> {
	if (usesImageCdn(image.asset)) return 0;
	return variantBytes(variantJob(image.asset, buildTransform(image, SHARE_IMAGE), 'jpg'));
}
