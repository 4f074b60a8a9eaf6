/**
 * Runs before anything renders: a figure whose image cannot be shown (file missing, corrupt,
 * truncated, too large, unusable asset id, dead reference) is left out of the document, with a
 * warning naming the document `_id`, the field and the asset; the document still builds. Usable but
 * questionable images (SVG, very large originals) are kept and warned about too.
 */
import { probeImage } from './probe.ts';
import { cropRect, type ImageSource } from './spec.ts';
import { isLocalAsset, localAssetPath } from '../sanity/asset-files.ts';
import { imageMessages as m } from '../sanity/messages.ts';
import type { ContentReport } from '../sanity/report.ts';
import { walk } from '../sanity/walk.ts';

type Node = Record<string, unknown>;
type Found = { node: Node; path: string };
type Verdict = { drop: boolean; notes: string[] };

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
	walk(doc, (node, path) => {
		if (!node || typeof node !== 'object' || Array.isArray(node) || !isFigure(node as Node)) return;
		out.push({ node: node as Node, path });
		return 'skip';
	});
	return out;
}

/** `allowSvg`: a logo may be vector graphics (a figure should be a photo, so SVG is noted there). */
async function inspect(node: Node, { allowSvg = false } = {}): Promise<Verdict> {
	const asset = node.asset as ImageSource['asset'] | null | undefined;
	if (!asset || typeof asset._id !== 'string' || typeof asset.url !== 'string') {
		return { drop: true, notes: [m.deadReference] };
	}
	try {
		cropRect(node as unknown as ImageSource);
	} catch (e) {
		return { drop: true, notes: [m.about(asset, m.badAssetId((e as Error).message))] };
	}
	if (!isLocalAsset(asset)) return { drop: false, notes: [] };
	const probe = await probeImage(localAssetPath(asset), asset._id);
	if (!probe.ok) return { drop: true, notes: [m.about(asset, m.notShown(probe.reason))] };
	const notes = probe.notes.filter((note) => !(allowSvg && note === m.svg));
	return { drop: false, notes: notes.map((note) => m.about(asset, note)) };
}

/**
 * Checks the site's logo like a figure (missing, corrupt, too large → left out with a warning)
 * but accepts SVG without a note: a logo is expected to be vector graphics.
 */
export async function checkLogo<T extends object>(
	logo: T,
	path: string,
	who: Who,
	report: ContentReport,
): Promise<T | null> {
	const verdict = await inspect(logo as Node, { allowSvg: true });
	for (const note of verdict.notes) report.warn(who.type, who.id, path, note);
	return verdict.drop ? null : logo;
}

/** A copy of `node` without the dropped figures (object fields become null, list items go). */
function prune(node: unknown, drop: Set<unknown>): unknown {
	if (Array.isArray(node))
		return node.filter((item) => !drop.has(item)).map((item) => prune(item, drop));
	if (!node || typeof node !== 'object') return node;
	return Object.fromEntries(
		Object.entries(node).map(([key, value]) => [key, drop.has(value) ? null : prune(value, drop)]),
	);
}

type Who = { type: string; id: string };
type Checked<T> = { doc: T; warnings: Array<[path: string, reason: string]> };

async function check<T extends object>(doc: T): Promise<Checked<T>> {
	const found = collect(doc);
	const drop = new Set<unknown>();
	const warnings: Checked<T>['warnings'] = [];
	const verdicts = await Promise.all(found.map(({ node }) => inspect(node)));
	verdicts.forEach((verdict, i) => {
		const { node, path } = found[i]!;
		for (const note of verdict.notes) warnings.push([path, note]);
		if (verdict.drop) drop.add(node);
	});
	return { doc: drop.size ? (prune(doc, drop) as T) : doc, warnings };
}

/** Checks every figure of a document; returns it (a copy when figures were dropped). */
export async function checkImages<T extends object>(
	doc: T,
	who: Who,
	report: ContentReport,
): Promise<T> {
	return (await checkAllImages([doc], () => who, report))[0]!;
}

/** Checks many documents in parallel; warnings are reported in document order. */
export async function checkAllImages<T extends object>(
	docs: readonly T[],
	who: (doc: T) => Who,
	report: ContentReport,
): Promise<T[]> {
	const results = await Promise.all(docs.map(check));
	return results.map(({ doc, warnings }, i) => {
		const { type, id } = who(docs[i]!);
		for (const [path, reason] of warnings) report.warn(type, id, path, reason);
		return doc;
	});
}
