/** The seed dataset as a query source, read once per test file, and the shape of a post result. */
import { resolve } from 'node:path';
import { readDataset } from '../../src/sanity/dataset.ts';
import { createLocalSource } from '../../src/sanity/local-source.ts';
import type { ContentSource } from '../../src/sanity/source.ts';
import { placeholder } from './images.ts';

/** The embedded seed export. */
export const SEED = resolve(import.meta.dirname, '..', '..', 'sanity-studio', 'seed', 'production');

export type Asset = {
	_id: string;
	url: string;
	mimeType: string;
	size: number;
	extension: string;
	originalFilename: string;
	width: number | null;
	height: number | null;
	lqip: string | null;
};
export type Figure = {
	_type: string;
	_key?: string;
	alt: string | null;
	caption: string | null;
	credit: string | null;
	asset: Asset | null;
};
export type Block = { _type: string; _key: string; [field: string]: unknown };
export type PostResult = {
	_id: string;
	slug: string;
	title: string;
	kind: string;
	publishedAt: string;
	excerpt: string | null;
	mainImage: Figure | null;
	body: Block[] | null;
	topics: Array<{ _id: string; title: string; slug: string }> | null;
	municipalities: Array<{ _id: string; name: string; slug: string; number: string }> | null;
	contact: { _id: string; name: string; role: string; email: string; phone: string } | null;
	allMunicipalities: boolean | null;
	deadline: string | null;
	_updatedAt?: string;
	signature?: string | null;
};

/** A local source over the embedded seed dataset (published perspective). */
export async function seedSource(): Promise<ContentSource> {
	return createLocalSource(await readDataset(SEED, undefined, placeholder));
}
