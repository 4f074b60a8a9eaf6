/**
 * sharp executes a transform: cut the rect from the (auto-oriented) original, scale, encode. The
 * original is decoded once per rect into raw pixels at the largest size needed, and every width
 * and format is encoded from those pixels. Inputs are bounded by `limitInputPixels`.
 */
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { IMAGE_MAX_INPUT_PIXELS } from '../consts.ts';
import type { ImageJob } from './registry.ts';
import type { Rect } from './spec.ts';

/** Encoder settings; part of every cache key, so changing them re-encodes and renames the files. */
export const ENCODER_OPTIONS = {
	avif: { quality: 50, effort: 2, chromaSubsampling: '4:2:0' },
	webp: { quality: 72, effort: 4 },
	jpg: { quality: 78, mozjpeg: true },
	png: { compressionLevel: 9, effort: 7 },
} as const;

export type RawImage = { data: Buffer; info: OutputInfo };

// Oriented on load, so the rect (in oriented pixels, as Sanity stores dimensions) cuts the right part.
// An SVG is rasterised at `density` dpi (72 is its own size), so a small logo renders sharp at 512 px.
const open = (input: string | Buffer, density?: number) =>
	sharp(input, {
		limitInputPixels: IMAGE_MAX_INPUT_PIXELS,
		autoOrient: true,
		...(density ? { density } : {}),
	});

/** Highest density an SVG is rasterised at (32× its own size). */
const MAX_SVG_DENSITY = 72 * 32;

/** The dpi at which an SVG's `rect` (at 72 dpi, in `actual` pixels) covers `size` without upscaling. */
export function svgDensity(
	rect: { width: number; height: number },
	size: { width: number; height: number },
): number {
	const scale = Math.max(1, size.width / rect.width, size.height / rect.height);
	return Math.min(MAX_SVG_DENSITY, Math.ceil(72 * scale));
}

/** Scales `rect` (given for a `declared` size) to the real size of the decoded original and clamps it. */
export function scaleRect(
	rect: Rect,
	declared: { width: number; height: number },
	actual: { width: number; height: number },
): Rect {
	const sx = actual.width / declared.width;
	const sy = actual.height / declared.height;
	const left = Math.min(Math.max(0, Math.round(rect.left * sx)), actual.width - 1);
	const top = Math.min(Math.max(0, Math.round(rect.top * sy)), actual.height - 1);
	return {
		left,
		top,
		width: Math.max(1, Math.min(Math.round(rect.width * sx), actual.width - left)),
		height: Math.max(1, Math.min(Math.round(rect.height * sy), actual.height - top)),
	};
}

/** Decodes the job's rect of `input` to raw pixels of `width`×`height`. */
export async function decodeRect(
	input: string | Buffer,
	job: Pick<ImageJob, 'rect' | 'sourceWidth' | 'sourceHeight'>,
	size: { width: number; height: number },
): Promise<RawImage> {
	const declared = { width: job.sourceWidth, height: job.sourceHeight };
	const sizeOf = (meta: Metadata) => ({
		width: meta.autoOrient?.width ?? meta.width ?? 0,
		height: meta.autoOrient?.height ?? meta.height ?? 0,
	});
	let meta = await sharp(input, { limitInputPixels: IMAGE_MAX_INPUT_PIXELS }).metadata();
	let density: number | undefined;
	if (meta.format === 'svg') {
		// Vector: rasterise at the resolution the output needs, then cut as from a photo.
		density = svgDensity(scaleRect(job.rect, declared, sizeOf(meta)), size);
		meta = await sharp(input, { limitInputPixels: IMAGE_MAX_INPUT_PIXELS, density }).metadata();
	}
	const actual = sizeOf(meta);
	const rect = scaleRect(job.rect, declared, actual);
	const whole =
		rect.left === 0 &&
		rect.top === 0 &&
		rect.width === actual.width &&
		rect.height === actual.height;
	// Without a cut sharp can shrink JPEGs while decoding, which keeps huge originals cheap.
	const pipeline = whole ? open(input, density) : open(input, density).extract(rect);
	return pipeline
		.resize(size.width, size.height, { fit: 'fill' })
		.raw()
		.toBuffer({ resolveWithObject: true });
}

/** Encodes one variant from decoded pixels. */
export async function encodeRaw(
	raw: RawImage,
	job: Pick<ImageJob, 'width' | 'height' | 'format' | 'background'>,
): Promise<Buffer> {
	const { width, height, channels } = raw.info;
	let img = sharp(raw.data, { raw: { width, height, channels } });
	if (width !== job.width || height !== job.height)
		img = img.resize(job.width, job.height, { fit: 'fill' });
	if (job.background) img = img.flatten({ background: job.background });
	switch (job.format) {
		case 'avif':
			return img.avif(ENCODER_OPTIONS.avif).toBuffer();
		case 'webp':
			return img.webp(ENCODER_OPTIONS.webp).toBuffer();
		case 'png':
			return img.png(ENCODER_OPTIONS.png).toBuffer();
		case 'jpg':
			return img.flatten({ background: '#ffffff' }).jpeg(ENCODER_OPTIONS.jpg).toBuffer();
	}
}

/** Size of the shared decode for a group of jobs over the same rect: the largest output needed. */
export function baseSize(jobs: ReadonlyArray<Pick<ImageJob, 'width' | 'height'>>): {
	width: number;
	height: number;
} {
	return jobs.reduce((a, j) => (j.width > a.width ? { width: j.width, height: j.height } : a), {
		width: 0,
		height: 0,
	});
}
