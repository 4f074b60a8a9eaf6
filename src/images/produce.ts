/**
 * Produces the registered variants: from the disk cache when present, otherwise by decoding the
 * original once per rect and encoding each width and format. API originals are downloaded once
 * into the cache. Counts are kept in the registry (`ctx.registry.stats`) so the build log can prove a
 * warm build encodes 0.
 */
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REMOTE_ASSET_TIMEOUT_MS } from '../consts.ts';
import { imageMessages as m } from '../report/messages.ts';
import { cachePath, hasCache, readCache, writeCache } from './cache.ts';
import { baseSize, decodeRect, encodeRaw } from './encode.ts';
import type { ImageContext, ImageJob, ImageStats } from './registry.ts';

export type WriteResult = ImageStats & {
	files: number;
	cached: number;
	failed: Array<{ job: ImageJob; reason: string }>;
};

const downloads = new Map<string, Promise<string>>();

/** Local path of a job's original; an API original is downloaded once (and kept in the cache). */
export function originalPath(
	job: Pick<ImageJob, 'source' | 'assetId'>,
	ctx: ImageContext,
): Promise<string> {
	if (job.source.startsWith('file:')) return Promise.resolve(fileURLToPath(job.source));
	let pending = downloads.get(job.assetId);
	if (!pending) {
		pending = download(job.source, job.assetId, ctx);
		downloads.set(job.assetId, pending);
	}
	return pending;
}

async function download(url: string, assetId: string, ctx: ImageContext): Promise<string> {
	const dir = ctx.config.imageCacheDir;
	if (await hasCache(dir, 'originals', assetId)) return cachePath(dir, 'originals', assetId);
	let lastError: unknown;
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			const res = await fetch(url, { signal: AbortSignal.timeout(REMOTE_ASSET_TIMEOUT_MS) });
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			const bytes = Buffer.from(await res.arrayBuffer());
			const path = await writeCache(dir, 'originals', assetId, bytes);
			ctx.registry.stats.downloaded++;
			return path;
		} catch (e) {
			lastError = e;
		}
	}
	type Cause = { code?: string; message?: string; errors?: Array<{ code?: string }> };
	const c = (lastError as { cause?: Cause })?.cause;
	const cause = c?.code ?? c?.errors?.[0]?.code ?? c?.message;
	throw new Error(
		m.downloadFailed(url, cause ?? String((lastError as Error)?.message ?? lastError)),
	);
}

/** Encodes jobs that share one rect of one original, from a single decode; fills the cache. */
async function encodeGroup(jobs: ImageJob[], ctx: ImageContext): Promise<void> {
	const first = jobs[0]!;
	const raw = await decodeRect(await originalPath(first, ctx), first, baseSize(jobs));
	for (const job of jobs) {
		await writeCache(ctx.config.imageCacheDir, 'variants', job.key, await encodeRaw(raw, job));
		ctx.registry.stats.encoded++;
	}
}

const inFlight = new Map<string, Promise<Buffer>>();

/** The bytes of one variant, encoding it now when the cache has none. */
export function produceVariant(job: ImageJob, ctx: ImageContext): Promise<Buffer> {
	let pending = inFlight.get(job.key);
	if (!pending) {
		const dir = ctx.config.imageCacheDir;
		pending = (async () => {
			const hit = await readCache(dir, 'variants', job.key);
			if (hit) return hit;
			await encodeGroup([job], ctx);
			return (await readCache(dir, 'variants', job.key))!;
		})().finally(() => inFlight.delete(job.key));
		inFlight.set(job.key, pending);
	}
	return pending;
}

/** Sizes already known, by cache key (a key names its bytes: the size never changes). */
const sizes = new Map<string, Promise<number>>();

/** Byte size of one variant (encoding it now when the cache has none); asked once per key. */
export function variantBytes(job: ImageJob, ctx: ImageContext): Promise<number> {
	let size = sizes.get(job.key);
	if (!size) {
		size = (async () => {
			const path = cachePath(ctx.config.imageCacheDir, 'variants', job.key);
			const cached = await stat(path).catch(() => null);
			return cached ? cached.size : (await produceVariant(job, ctx)).length;
		})();
		// A failed encode is not remembered: the next build (or caller) tries again.
		size.catch(() => sizes.delete(job.key));
		if (sizes.size >= 50_000) sizes.clear();
		sizes.set(job.key, size);
	}
	return size;
}

async function runPool<T>(
	items: T[],
	size: number,
	work: (item: T) => Promise<void>,
): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) await work(items[next++]!);
	};
	await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

/** Writes every variant of `ctx.registry` into `dir` (dist/bilder); failures are returned, not thrown. */
export async function writeVariants(dir: string, ctx: ImageContext): Promise<WriteResult> {
	const { jobs, stats } = ctx.registry;
	const cacheDir = ctx.config.imageCacheDir;
	const failed: WriteResult['failed'] = [];
	const missing = new Map<string, ImageJob[]>();
	for (const job of jobs.values()) {
		if (await hasCache(cacheDir, 'variants', job.key)) continue;
		const group = `${job.assetId}|${Object.values(job.rect).join(',')}`;
		missing.set(group, [...(missing.get(group) ?? []), job]);
	}
	await runPool([...missing.values()], availableParallelism(), async (group) => {
		try {
			await encodeGroup(group, ctx);
		} catch (e) {
			for (const job of group)
				failed.push({ job, reason: String((e as Error)?.message ?? e).split('\n')[0]! });
		}
	});
	await mkdir(dir, { recursive: true });
	const bad = new Set(failed.map((f) => f.job.file));
	await runPool(
		[...jobs.values()].filter((j) => !bad.has(j.file)),
		16,
		(job) => copyFile(cachePath(cacheDir, 'variants', job.key), join(dir, job.file)),
	);
	const files = jobs.size - bad.size;
	// Everything written that this process did not encode came from the cache.
	return { ...stats, files, cached: Math.max(0, files - stats.encoded), failed };
}
