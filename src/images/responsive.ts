/**
 * The one place that turns an asset into URLs. @sanity/image-url builds each transform (spec.ts);
 * local and API originals become self-hosted, content-addressed files under /bilder/ (recorded in
 * the registry it is given, produced by produce.ts), or with IMAGE_CDN=1 API images are served
 * from the Sanity CDN directly. The store calls it once per image it shows (src/content/images.ts);
 * pages, feeds, e-mail and Open Graph read the decided URLs.
 */
import type { Config } from '../config.ts';
import { IMAGE_FALLBACK_WIDTH, IMAGE_WIDTHS, SHARE_IMAGE } from '../consts.ts';
import { slugify } from '../lib/slugify.ts';
import { variantBytes } from './produce.ts';
import { hashKey } from './cache.ts';
import { mimeType } from '../lib/mime.ts';
import { isLocalAsset, localAssetPath } from '../sanity/asset-files.ts';
import { ENCODER_OPTIONS } from './encode.ts';
import { settledProbe } from './probe.ts';
import { registerJob, type ImageContext, type ImageJob, type OutputFormat } from './registry.ts';
import {
	buildTransform,
	cropRect,
	responsiveWidths,
	type ImageSource,
	type Transform,
} from './spec.ts';
import type { Asset, Figure } from '../sanity/schemas.ts';

/** Bump when the way sharp executes a transform changes: every cached variant is then redone. */
const PIPELINE_VERSION = 1;
const SANITY_CDN = 'https://cdn.sanity.io';

/**
 * One image file: its URL (site-relative under /bilder/, or absolute on the Sanity CDN), its size
 * in pixels and its MIME type. Share images, logo rasters and responsive candidates are all this.
 */
export type ImageFile = { url: string; width: number; height: number; type: string };

/**
 * A figure's picture, decided once by the store: every candidate file, narrowest first, so any
 * output can write its srcset with site-relative or absolute URLs without splitting one (CDN URLs
 * carry commas: `rect=80,107,1440,853`).
 */
export type Picture = {
	/** The fallback `src` (IMAGE_FALLBACK_WIDTH or narrower). */
	src: ImageFile;
	/** The fallback format's files (JPEG, or PNG when transparent; the CDN's negotiated format). */
	files: ImageFile[];
	/** Size of the largest variant; the aspect ratio of every variant. */
	width: number;
	height: number;
	/** Modern formats, best first, for `<source>` elements (none when the CDN negotiates the format). */
	sources: Array<{ type: string; files: ImageFile[] }>;
	/** The JPEG/PNG files an e-mail may show (the page's fallback files, or CDN JPEGs). */
	email: ImageFile[];
	/** Blurred placeholder (data URL) for opaque images. */
	lqip?: string | undefined;
};
type ImageAsset = ImageSource['asset'];

/** True when an API image is served from the Sanity CDN (IMAGE_CDN=1) instead of self-hosted copies. */
export const usesImageCdn = (ctx: ImageContext, asset: Pick<Asset, 'url'>) =>
	!isLocalAsset(asset) && ctx.config.imageCdn;

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
 * The picture of a figure: widths up to the cropped original, AVIF/WebP plus a fallback, each
 * variant recorded in `ctx.registry`.
 */
export function responsiveImage(ctx: ImageContext, image: ImageSource): Picture {
	const { asset } = image;
	const widths = responsiveWidths(cropRect(image).width, IMAGE_WIDTHS);
	const transforms = widths.map((width) => buildTransform(image, { width }));
	const largest = transforms.at(-1)!;
	const fallback = transforms.findLast((t) => t.width <= IMAGE_FALLBACK_WIDTH) ?? transforms[0]!;
	const file = (t: Transform, url: string, type: string): ImageFile => ({
		url,
		width: t.width,
		height: t.height,
		type,
	});
	if (usesImageCdn(ctx, asset)) {
		// The CDN picks AVIF, WebP or the original format from the browser's Accept header.
		const cdn = (t: Transform) => file(t, `${t.url}&auto=format`, ''); // type: negotiated
		return {
			src: cdn(fallback),
			files: transforms.map(cdn),
			width: largest.width,
			height: largest.height,
			sources: [],
			email: transforms.map((t) => file(t, `${t.url}&fm=jpg`, mimeType('jpg'))),
			lqip: asset.lqip ?? undefined,
		};
	}
	const fallbackFmt = fallbackFormat(asset);
	const local = (t: Transform, format: OutputFormat) =>
		file(t, registerJob(ctx.registry, variantJob(asset, t, format)), mimeType(format));
	const files = transforms.map((t) => local(t, fallbackFmt));
	return {
		src: local(fallback, fallbackFmt),
		files,
		width: largest.width,
		height: largest.height,
		sources: (['avif', 'webp'] as const).map((format) => ({
			type: mimeType(format),
			files: transforms.map((t) => local(t, format)),
		})),
		email: files,
		lqip: fallbackFmt === 'jpg' ? (asset.lqip ?? undefined) : undefined,
	};
}

/** The 1200×630 JPEG share image (Open Graph, RSS enclosure): the crop, cut around the hotspot. */
export function shareImage(ctx: ImageContext, image: ImageSource): ImageFile {
	const t = buildTransform(image, SHARE_IMAGE);
	const type = mimeType('jpg');
	if (usesImageCdn(ctx, image.asset))
		return { url: `${t.url}&fm=jpg`, width: t.width, height: t.height, type };
	return {
		url: registerJob(ctx.registry, variantJob(image.asset, t, 'jpg')),
		width: t.width,
		height: t.height,
		type,
	};
}

/** Byte size of the share image (encoding it now if needed); 0 when the CDN serves it. */
export async function shareImageBytes(ctx: ImageContext, image: ImageSource): Promise<number> {
	if (usesImageCdn(ctx, image.asset)) return 0;
	return variantBytes(variantJob(image.asset, buildTransform(image, SHARE_IMAGE), 'jpg'), ctx);
}

/** A figure with its picture decided by the store (src/content/images.ts). */
export type ShownFigure = Figure & { picture: Picture };
