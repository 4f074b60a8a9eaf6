/**
 * Reads a Sanity export (folder, .tar.gz or bare .ndjson) into documents that the same GROQ can
 * query as the API: `_sanityAsset` fields become asset references, and every referenced file gets a
 * `sanity.imageAsset` / `sanity.fileAsset` document with metadata. Local files are exposed as
 * `file://` URLs in the asset's `url`, where the API has its CDN URL.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract } from 'tar';
import {
	buildAssetDocument,
	noPlaceholder,
	parseSanityAsset,
	type AssetRef,
	type Placeholder,
} from './assets.ts';
import { datasetMessages as m, invalidLineMessage } from '../report/messages.ts';
import { ContentReport, DatasetError } from '../report/report.ts';
import { walkObjects } from './walk.ts';

export type SanityDocument = { _id: string; _type: string; [field: string]: unknown };
export type Dataset = { documents: SanityDocument[]; source: string };

/** Finds the data.ndjson of an export (folder, .tar.gz or .ndjson); throws DatasetError when there is none. */
export async function locateExport(path: string): Promise<string> {
	const abs = resolve(path);
	const info = await stat(abs).catch(() => null);
	if (!info) throw new DatasetError(m.notFound(path));
	const ndjson = info.isDirectory()
		? await findNdjson(abs)
		: /\.(tar\.gz|tgz)$/.test(abs)
			? await findNdjson(await extractTarball(abs, info.mtimeMs))
			: abs.endsWith('.ndjson')
				? abs
				: null;
	if (!ndjson) throw new DatasetError(m.notAnExport(path));
	return ndjson;
}

/** Reads and parses the documents of an export; bad lines are reported and skipped. */
export async function readDocuments(
	path: string,
	report: ContentReport,
): Promise<{ ndjson: string; documents: SanityDocument[] }> {
	const ndjson = await locateExport(path);
	const documents = parseNdjson(await readFile(ndjson, 'utf8'), basename(ndjson), report);
	if (documents.length === 0) {
		const lines = report.lines
			.slice(0, 5)
			.map((l) => `\n  ${l}`)
			.join('');
		throw new DatasetError(m.noDocuments(path, lines));
	}
	return { ndjson, documents };
}

/**
 * Reads the export at `path`; throws DatasetError when it cannot be read at all. `placeholder`
 * makes each local image's `metadata.lqip` (none by default).
 */
export async function readDataset(
	path: string,
	report = new ContentReport(),
	placeholder: Placeholder = noPlaceholder,
): Promise<Dataset> {
	const { ndjson, documents } = await readDocuments(path, report);
	const root = dirname(ndjson);
	const meta = await readAssetsJson(root, report);
	const refs = new Map<string, AssetRef>();
	for (const doc of documents) replaceSanityAssets(doc, refs, report);
	const known = new Set(documents.map((d) => d._id));
	const assets = await Promise.all(
		[...refs.values()]
			.filter((r) => !known.has(r.id))
			.map((r) => buildAssetDocument(r, root, meta, report, placeholder)),
	);
	for (const a of assets) if (a) documents.push(a);
	reportRemoteAssets(documents, report);
	if (basename(ndjson) === 'data.ndjson' && refs.size === 0 && isWithoutAssets(root, documents))
		report.note(m.noAssets);
	return { documents, source: pathToFileURL(ndjson).href };
}

/**
 * True for an export made with `sanity dataset export --no-assets` (readDataset also asks that it
 * is an export's data.ndjson with no `_sanityAsset` at all): no `images/`, `files/` or
 * `assets.json`, and no asset documents (Sanity's exporter then drops every image and file field,
 * so nothing says a picture was ever there). The report says so in one line.
 * @see https://www.sanity.io/docs/cli-reference/dataset (export: --no-assets)
 */
function isWithoutAssets(root: string, documents: readonly SanityDocument[]): boolean {
	if (['images', 'files', 'assets.json'].some((name) => existsSync(join(root, name)))) return false;
	return !documents.some((d) => d._type === 'sanity.imageAsset' || d._type === 'sanity.fileAsset');
}

/**
 * Notes every asset the export only points at (`sanity dataset export --raw`, or `_sanityAsset`
 * with an https URL): a local build must not depend on the network without saying so. Images are
 * fetched through the one download path with a time limit or left out (src/images/check.ts);
 * attachments are left out (src/content/attachments.ts).
 */
function reportRemoteAssets(documents: SanityDocument[], report: ContentReport): void {
	for (const doc of documents) {
		if (doc._type !== 'sanity.imageAsset' && doc._type !== 'sanity.fileAsset') continue;
		if (typeof doc.url === 'string' && /^https?:/i.test(doc.url))
			report.note(m.remoteAsset(doc._id, doc.url));
	}
}

function parseNdjson(raw: string, file: string, report: ContentReport): SanityDocument[] {
	const docs: SanityDocument[] = [];
	raw.split('\n').forEach((line, i) => {
		if (!line.trim()) return;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch {
			const id = /"_id"\s*:\s*"([^"]+)"/.exec(line)?.[1];
			report.note(invalidLineMessage(file, i + 1, m.badJson, id));
			return;
		}
		const doc = value as Partial<SanityDocument> | null;
		if (
			!doc ||
			typeof doc !== 'object' ||
			typeof doc._id !== 'string' ||
			typeof doc._type !== 'string'
		) {
			report.note(invalidLineMessage(file, i + 1, m.noIdOrType));
			return;
		}
		docs.push(doc as SanityDocument);
	});
	return docs;
}

/** Turns every `_sanityAsset` entry of a document into an asset reference, in place. */
function replaceSanityAssets(
	doc: SanityDocument,
	refs: Map<string, AssetRef>,
	report: ContentReport,
): void {
	walkObjects(doc, (obj, path) => {
		if (typeof obj._sanityAsset !== 'string') return;
		const ref = parseSanityAsset(obj._sanityAsset);
		delete obj._sanityAsset;
		if (!ref) return report.warn(doc._type, doc._id, path || '_sanityAsset', m.unknownAssetFormat);
		refs.set(ref.id, ref);
		obj.asset = { _type: 'reference', _ref: ref.id };
	});
}

async function readAssetsJson(
	root: string,
	report: ContentReport,
): Promise<Record<string, Record<string, unknown>>> {
	const file = join(root, 'assets.json');
	if (!existsSync(file)) return {};
	try {
		return JSON.parse(await readFile(file, 'utf8')) as Record<string, Record<string, unknown>>;
	} catch {
		report.note(m.assetsJsonUnreadable);
		return {};
	}
}

/** Finds data.ndjson in a folder or in its single top folder (as an untarred export has). */
async function findNdjson(dir: string): Promise<string | null> {
	if (existsSync(join(dir, 'data.ndjson'))) return join(dir, 'data.ndjson');
	const entries = await readdir(dir, { withFileTypes: true });
	for (const e of entries) {
		if (e.isDirectory() && existsSync(join(dir, e.name, 'data.ndjson')))
			return join(dir, e.name, 'data.ndjson');
	}
	return null;
}

/** Extracts a .tar.gz export once into a cache folder keyed by its path and modification time. */
async function extractTarball(file: string, mtimeMs: number): Promise<string> {
	const hash = createHash('sha1').update(`${file}:${mtimeMs}`).digest('hex').slice(0, 16);
	const dir = resolve('node_modules/.cache/sanity-export', hash);
	if (existsSync(join(dir, '.done'))) return dir;
	await mkdir(dir, { recursive: true });
	try {
		await extract({ file, cwd: dir, strict: true });
	} catch (e) {
		await rm(dir, { recursive: true, force: true });
		throw new DatasetError(m.cannotExtract(file, (e as Error).message));
	}
	await writeFile(join(dir, '.done'), '');
	return dir;
}
