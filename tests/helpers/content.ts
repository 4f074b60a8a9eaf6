/** Shared setup for the buildStore tests (tests/unit/content-*.test.ts). */
import { buildStore, type Store } from '../../src/content/store.ts';
import { readDataset, type Dataset } from '../../src/sanity/dataset.ts';
import { createLocalSource } from '../../src/sanity/local-source.ts';
import { ContentReport } from '../../src/report/report.ts';
import type { ContentSource } from '../../src/sanity/source.ts';
import { BROKEN } from './dataset.ts';
import { placeholder } from './images.ts';

export const NOW = new Date('2026-11-25T12:00:00Z');

/** The report's skipped documents or warnings as `type id path: reason` lines. */
export const issues = (report: ContentReport, level: 'skipped' | 'warnings') =>
	report[level].map(({ type, id, path, reason }) => `${type} ${id} ${path}: ${reason}`);

export type BrokenStore = {
	dataset: Dataset;
	store: Store;
	report: ContentReport;
	/** The store's post with this id; throws when it is not there. */
	post: (id: string) => Store['posts'][number];
};

/** Builds the store over the broken fixture export at NOW, with the report it filled. */
export async function buildBrokenStore(): Promise<BrokenStore> {
	const report = new ContentReport();
	const dataset = await readDataset(BROKEN, report, placeholder);
	const store = await buildStore(createLocalSource(dataset), { now: NOW, report });
	const post = (id: string) => {
		const found = store.posts.find((p) => p._id === id);
		if (!found) throw new Error(`${id} is not in the store`);
		return found;
	};
	return { dataset, store, report, post };
}

/** A source that answers each query from `answers` and records the queries it was asked. */
export const fakeSource = (
	answers: Record<string, unknown>,
): ContentSource & { queries: string[] } => {
	const queries: string[] = [];
	return {
		queries,
		description: 'fake',
		fetch: async <T>(query: string) => {
			queries.push(query);
			return answers[query] as T;
		},
	};
};
