/**
 * Runs before anything renders: a figure whose image cannot be shown (file missing, corrupt,
 * truncated, too large, unusable asset id, dead reference) is left out of the document, with a
 * warning naming the document `_id`, the field and the asset; the document still builds. Usable but
 * questionable images (SVG, very large originals, originals smaller than they are shown) are kept
 * and warned about too. A crop or hotspot that leaves nothing to show is ignored (geometry.ts).
 * Every figure kept is recorded with its document and field, so a file that fails to encode at the
 * end of the build is reported by name (src/integrations/images.ts).
 */
import { IMAGE_MIN_COLUMN_WIDTH, SHARE_IMAGE, SHARE_IMAGE_MIN_SOURCE } from '../consts.ts';
import { checkGeometry } from './geometry.ts';
import { probeImage } from './probe.ts';
import { originalPath } from './produce.ts';
import { usesImageCdn } from './responsive.ts';
import { recordUse, type ImageContext } from './registry.ts';
import { cropRect, type ImageSource } from './spec.ts';
import { isLocalAsset, localAssetPath } from '../sanity/asset-files.ts';
import { imageMessages as m } from '../report/messages.ts';
import type { ContentReport } from '../report/report.ts';
import { walkObjects } from '../sanity/walk.ts';

type Node = Record<string, unknown>;
type Found = { node: Node; path: string };
/** `drop`: leave the figure out; `node`: the figure to use instead (geometry repaired). */
type Verdict = { drop: boolean; node?: Node; notes: Array<[path: string, reason: string]> };

function isFigure(node: Node): boolean {
	if (!('asset' in node)) return false;
	const id = (node.asset as { _id?: unknown } | null)?._id;
	return (
		node._type === 'figure' ||
		node._type === 'image' ||
		(typeof id === 'string' && id.startsWith('image-'))
	);
}

function collect(doc: unknown): Found[] {
	const out: Found[] = [];
	walkObjects(doc, (node, path) => {
		if (!isFigure(node)) return;
		out.push({ node, path });
		return 'skip';
	});
	return out;
}

/** Warnings for an original smaller than it is shown: in the article column, or as the share card. */
function sizeNotes(image: ImageSource, path: string, isShare: boolean): Array<[string, string]> {
	const { width, height } = cropRect(image);
	const [w, h] = [Math.round(width), Math.round(height)];
	if (isShare && (w < SHARE_IMAGE_MIN_SOURCE.width || h < SHARE_IMAGE_MIN_SOURCE.height)) {
		const card = `${SHARE_IMAGE.width}×${SHARE_IMAGE.height}`;
		const min = `${SHARE_IMAGE_MIN_SOURCE.width}×${SHARE_IMAGE_MIN_SOURCE.height} px`;
		return [[path, m.about(image.asset, m.smallForShare(w, h, card, min))]];
	}
	if (w < IMAGE_MIN_COLUMN_WIDTH)
		return [[path, m.about(image.asset, m.smallForColumn(w, h, IMAGE_MIN_COLUMN_WIDTH))]];
	return [];
}

/** `logo`: the site's logo may be vector graphics and is not shown at photo sizes, so neither is noted. */
async function inspect(
	found: Found,
	sharePath: string | null,
	ctx: ImageContext,
	{ logo = false } = {},
): Promise<Verdict> {
	const { path } = found;
	let node = found.node;
	const asset = node.asset as ImageSource['asset'] | null | undefined;
	if (!asset || typeof asset._id !== 'string' || typeof asset.url !== 'string') {
		return { drop: true, notes: [[path, m.deadReference]] };
	}
	const notes: Verdict['notes'] = [];
	const geometry = checkGeometry(node as Parameters<typeof checkGeometry>[0], asset);
	if (geometry.crop !== (node.crop ?? null) || geometry.hotspot !== (node.hotspot ?? null))
		node = { ...node, crop: geometry.crop, hotspot: geometry.hotspot };
	for (const [field, reason] of geometry.problems) notes.push([`${path}.${field}`, reason]);
	try {
		cropRect(node as unknown as ImageSource);
	} catch (e) {
		return { drop: true, notes: [[path, m.about(asset, m.badAssetId((e as Error).message))]] };
	}
	let file: string | null = null;
	if (isLocalAsset(asset)) file = localAssetPath(asset);
	else if (!usesImageCdn(ctx, asset)) {
		// Self-hosted copies of a remote original: fetched now (bounded, through the one download
		// path), so a figure whose file cannot be had is left out before any page refers to it.
		try {
			file = await originalPath({ source: asset.url, assetId: asset._id }, ctx);
		} catch (e) {
			return { drop: true, notes: [[path, m.about(asset, m.notShown((e as Error).message))]] };
		}
	}
	if (file) {
		const probe = await probeImage(file, asset._id, { cacheDir: ctx.config.imageCacheDir });
		if (!probe.ok) return { drop: true, notes: [[path, m.about(asset, m.notShown(probe.reason))]] };
		for (const note of probe.notes)
			if (!(logo && note === m.svg)) notes.push([path, m.about(asset, note)]);
	}
	if (!logo) notes.push(...sizeNotes(node as unknown as ImageSource, path, path === sharePath));
	return { drop: false, node: node === found.node ? undefined : node, notes } as Verdict;
}

/** The field whose figure a document shares (seo.image, else mainImage, else defaultImage). */
function sharePathOf(doc: unknown): string | null {
	const d = doc as {
		seo?: { image?: unknown } | null;
		mainImage?: unknown;
		defaultImage?: unknown;
	} | null;
	if (d?.seo?.image) return 'seo.image';
	if (d?.mainImage) return 'mainImage';
	if (d?.defaultImage) return 'defaultImage';
	return null;
}

/**
 * A copy of `node` with figures replaced; a dropped figure becomes `null`: an object field, or a
 * hole in a list, so later steps still report by the original index (src/content/holes.ts).
 */
function prune(node: unknown, replace: Map<unknown, Node | null>): unknown {
	if (Array.isArray(node))
		return node.map((item) => (replace.has(item) ? replace.get(item) : prune(item, replace)));
	if (!node || typeof node !== 'object') return node;
	return Object.fromEntries(
		Object.entries(node).map(([key, value]) => [
			key,
			replace.has(value) ? replace.get(value) : prune(value, replace),
		]),
	);
}

type Who = { type: string; id: string };
type Checked<T> = {
	doc: T;
	warnings: Array<[path: string, reason: string]>;
	kept: Array<{ assetId: string; path: string }>;
};

async function check<T extends object>(doc: T, ctx: ImageContext): Promise<Checked<T>> {
	const found = collect(doc);
	const sharePath = sharePathOf(doc);
	const replace = new Map<unknown, Node | null>();
	const warnings: Checked<T>['warnings'] = [];
	const kept: Checked<T>['kept'] = [];
	const verdicts = await Promise.all(found.map((f) => inspect(f, sharePath, ctx)));
	verdicts.forEach((verdict, i) => {
		const { node, path } = found[i]!;
		warnings.push(...verdict.notes);
		if (verdict.drop) replace.set(node, null);
		else {
			if (verdict.node) replace.set(node, verdict.node);
			kept.push({ assetId: (node.asset as { _id: string })._id, path });
		}
	});
	return { doc: replace.size ? (prune(doc, replace) as T) : doc, warnings, kept };
}

/** Checks every figure of a document; returns it (a copy when figures were dropped). */
export async function checkImages<T extends object>(
	doc: T,
	who: Who,
	report: ContentReport,
	ctx: ImageContext,
): Promise<T> {
	return (await checkAllImages([doc], () => who, report, ctx))[0]!;
}

/** Checks many documents in parallel; warnings are reported in document order. */
export async function checkAllImages<T extends object>(
	docs: readonly T[],
	who: (doc: T) => Who,
	report: ContentReport,
	ctx: ImageContext,
): Promise<T[]> {
	const results = await Promise.all(docs.map((doc) => check(doc, ctx)));
	return results.map(({ doc, warnings, kept }, i) => {
		const { type, id } = who(docs[i]!);
		for (const [path, reason] of warnings) report.warn(type, id, path, reason);
		for (const { assetId, path } of kept) recordUse(ctx.registry, assetId, { type, id, path });
		return doc;
	});
}

/**
 * Checks the site's logo like a figure (missing, corrupt, too large → left out with a warning)
 * but accepts SVG and small sizes without a note: a logo is expected to be vector graphics.
 */
export async function checkLogo<T extends object>(
	logo: T,
	path: string,
	who: Who,
	report: ContentReport,
	ctx: ImageContext,
): Promise<T | null> {
	const verdict = await inspect({ node: logo as Node, path }, null, ctx, { logo: true });
	for (const [at, note] of verdict.notes) report.warn(who.type, who.id, at, note);
	return verdict.drop ? null : ((verdict.node as T | undefined) ?? logo);
}
