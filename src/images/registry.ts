/**
 * The variants a store shows, decided while it loads (src/content/store.ts) and written into dist/
 * by the images integration at the end of the build, and where each asset is used. A registry is
 * a plain value the store owns and hands to every image function with the configuration
 * (`ImageContext`); nothing here is global.
 */
import type { Config } from '../config.ts';
import type { Rect } from './spec.ts';

export type OutputFormat = 'avif' | 'webp' | 'jpg' | 'png';

/** One file to produce: cut `rect` from the source, scale to width×height, encode as `format`. */
export type ImageJob = {
	/** File name under /bilder/. */
	file: string;
	/** Cache key: asset id, source size, rect, size, format and encoder settings. */
	key: string;
	assetId: string;
	/** `file:` URL of a local original, or the https URL of the original on the Sanity CDN. */
	source: string;
	/** Declared size of the original (from the asset id); rect is in these pixels. */
	sourceWidth: number;
	sourceHeight: number;
	rect: Rect;
	width: number;
	height: number;
	format: OutputFormat;
	/** Fills transparent pixels with this colour (`#rrggbb`), e.g. icons made from a logo. */
	background?: string | undefined;
};

export type ImageStats = { encoded: number; downloaded: number };

/** Where an asset is used: the document and field, so a failure later in the build can name them. */
export type ImageUse = { type: string; id: string; path: string };

/** The variants to write (by file name), where each asset is used, and the encode/download counts. */
export type ImageRegistry = {
	jobs: Map<string, ImageJob>;
	stats: ImageStats;
	uses: Map<string, ImageUse[]>;
};

/** What every image function is given: the settings it reads and the registry it records into. */
export type ImageContext = {
	config: Pick<Config, 'imageCdn' | 'imageCacheDir'>;
	registry: ImageRegistry;
};

/** An empty registry. */
export const createRegistry = (): ImageRegistry => ({
	jobs: new Map(),
	stats: { encoded: 0, downloaded: 0 },
	uses: new Map(),
});

/** Records a variant a page shows; returns its public URL. */
export function registerJob(registry: ImageRegistry, job: ImageJob): string {
	registry.jobs.set(job.file, job);
	return `/bilder/${job.file}`;
}

/** The uses already recorded, per registry, as `assetId|id|path` (a list scan per use would be quadratic). */
const recorded = new WeakMap<Map<string, ImageUse[]>, Set<string>>();

/** Records that document `use.id` shows asset `assetId` at `use.path` (src/images/check.ts). */
export function recordUse(registry: ImageRegistry, assetId: string, use: ImageUse): void {
	const { uses } = registry;
	let seen = recorded.get(uses);
	if (!seen) recorded.set(uses, (seen = new Set()));
	const key = `${assetId}|${use.id}|${use.path}`;
	if (seen.has(key)) return;
	seen.add(key);
	const list = uses.get(assetId);
	if (list) list.push(use);
	else uses.set(assetId, [use]);
}
