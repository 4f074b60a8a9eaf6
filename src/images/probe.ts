/**
 * Reads a local image once: real size, alpha, the 20 px LQIP (like Sanity's `metadata.lqip`), and
 * whether it can be used at all. Decoding the LQIP doubles as the check for corrupt or truncated
 * files. Results are memoised per build and cached on disk, so an unchanged image is read once ever.
 */
import { stat } from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';
import { IMAGE_LARGE_INPUT_PIXELS, IMAGE_MAX_INPUT_PIXELS } from '../consts.ts';
import { imageMessages as m } from '../report/messages.ts';
import { hashKey, readCache, writeCache } from './cache.ts';

export type ImageProbe =
	| {
			ok: true;
			width: number;
			height: number;
			format: string;
			hasAlpha: boolean;
			lqip: string;
			notes: string[];
	  }
	| { ok: false; reason: string };

/** `cacheDir`: the image cache folder (config.imageCacheDir). */
type ProbeOptions = { cacheDir: string; maxPixels?: number };

const PROBE_VERSION = 1;
const memo = new Map<string, Promise<ImageProbe>>();
const settled = new Map<string, ImageProbe>();

const megapixels = (pixels: number) => `${Math.round(pixels / 1e6)} MP`;
const firstLine = (e: unknown) =>
	String((e as Error)?.message ?? e)
		.split('\n')[0]!
		.trim();

/** Inspects the image file at `path` (asset `id`); never throws. */
export function probeImage(path: string, id: string, opts: ProbeOptions): Promise<ImageProbe> {
	const maxPixels = opts.maxPixels ?? IMAGE_MAX_INPUT_PIXELS;
	const key = `${path}\n${maxPixels}`;
	let result = memo.get(key);
	if (!result) {
		result = cachedProbe(path, id, maxPixels, opts.cacheDir).then((r) => (settled.set(path, r), r));
		memo.set(key, result);
	}
	return result;
}

async function cachedProbe(
	path: string,
	id: string,
	maxPixels: number,
	dir: string,
): Promise<ImageProbe> {
	const info = await stat(path).catch(() => null);
	if (!info?.isFile()) return { ok: false, reason: m.fileMissing };
	const name = `${hashKey([PROBE_VERSION, id, info.size, maxPixels])}.json`;
	const cached = await readCache(dir, 'probe', name);
	if (cached) return JSON.parse(cached.toString('utf8')) as ImageProbe;
	const result = await probe(path, maxPixels);
	await writeCache(dir, 'probe', name, JSON.stringify(result));
	return result;
}

async function probe(path: string, maxPixels: number): Promise<ImageProbe> {
	let meta: Metadata;
	try {
		// Reading the header decodes nothing, so the pixel limit is checked before any memory is used.
		meta = await sharp(path, { limitInputPixels: false }).metadata();
	} catch (e) {
		return { ok: false, reason: m.unreadable(firstLine(e)) };
	}
	const width = meta.autoOrient?.width ?? meta.width ?? 0;
	const height = meta.autoOrient?.height ?? meta.height ?? 0;
	const pixels = width * height;
	if (!pixels) return { ok: false, reason: m.noSize };
	if (pixels > maxPixels) {
		return {
			ok: false,
			reason: m.tooLarge(width, height, megapixels(pixels), megapixels(maxPixels)),
		};
	}
	let lqip: Buffer;
	try {
		// sharp fails on decoder warnings by default: a truncated JPEG is refused, not shown half grey.
		lqip = await sharp(path, { limitInputPixels: maxPixels, autoOrient: true })
			.resize(20)
			.flatten({ background: '#ffffff' })
			.jpeg({ quality: 40 })
			.toBuffer();
	} catch (e) {
		return { ok: false, reason: m.truncated(firstLine(e)) };
	}
	const notes: string[] = [];
	if (meta.format === 'svg') notes.push(m.svg);
	if (pixels > IMAGE_LARGE_INPUT_PIXELS) {
		notes.push(
			m.veryLarge(width, height, megapixels(pixels), megapixels(IMAGE_LARGE_INPUT_PIXELS)),
		);
	}
	return {
		ok: true,
		width,
		height,
		format: meta.format ?? 'unknown',
		hasAlpha: Boolean(meta.hasAlpha),
		lqip: `data:image/jpeg;base64,${lqip.toString('base64')}`,
		notes,
	};
}

/**
 * The placeholder a local export's image asset gets (src/sanity/assets.ts): the probe's 20 px LQIP
 * as a data URL, like Sanity's `metadata.lqip`, or undefined when the file cannot be read.
 */
export const lqipPlaceholder =
	(cacheDir: string) =>
	async (file: string, id: string): Promise<string | undefined> => {
		const probe = await probeImage(file, id, { cacheDir });
		return probe.ok ? probe.lqip : undefined;
	};

/** The probe of `path` if this build has already made it (for synchronous renderers). */
export const settledProbe = (path: string): ImageProbe | undefined => settled.get(path);
