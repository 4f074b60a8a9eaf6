/**
 * The fixed pool the synthetic posts draw from, read from the embedded seed export: its real JPEGs,
 * topics, municipalities, people and site settings. Reading the seed keeps the bench in step with it.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const SEED_DIR = resolve(import.meta.dirname, '..', 'sanity-studio', 'seed', 'production');

export type SeedDocument = { _id: string; _type: string; [field: string]: unknown };
export type TopicRef = { id: string; slug: string; title: string };

export type SeedPool = {
	/** File names under the seed's images/ folder (`<sha1>-<w>x<h>.jpg`), sorted. */
	images: string[];
	topics: TopicRef[];
	/** `_id`s of municipality documents. */
	municipalities: string[];
	/** `_id`s of person documents (newsletter contacts). */
	people: string[];
	/** Documents copied as they are into every synthetic export (settings, topics, places, people). */
	documents: SeedDocument[];
	/** The seed's assets.json, image entries only. */
	imageAssets: Record<string, unknown>;
};

const COPIED_TYPES = new Set(['siteSettings', 'topic', 'municipality', 'person']);

/** Reads the pool from a seed export folder (default: the embedded dataset). */
export async function readSeedPool(dir = SEED_DIR): Promise<SeedPool> {
	const lines = (await readFile(join(dir, 'data.ndjson'), 'utf8')).split('\n').filter(Boolean);
	const documents = lines
		.map((line) => JSON.parse(line) as SeedDocument)
		.filter((doc) => COPIED_TYPES.has(doc._type) && !doc._id.startsWith('drafts.'));
	const ofType = (type: string) => documents.filter((doc) => doc._type === type);
	const topics = ofType('topic').map((doc) => ({
		id: doc._id,
		slug: (doc['slug'] as { current: string }).current,
		title: doc['title'] as string,
	}));
	const images = (await readdir(join(dir, 'images'))).filter((f) => f.endsWith('.jpg')).sort();
	const assets = JSON.parse(await readFile(join(dir, 'assets.json'), 'utf8')) as Record<
		string,
		unknown
	>;
	const imageAssets = Object.fromEntries(
		Object.entries(assets).filter(([id]) => id.startsWith('image-')),
	);
	return {
		images,
		topics,
		municipalities: ofType('municipality').map((doc) => doc._id),
		people: ofType('person').map((doc) => doc._id),
		documents,
		imageAssets,
	};
}
