/** Runs GROQ with groq-js over an in-memory export, emulating the API's perspectives. */
import { evaluate, parse } from 'groq-js';
import type { Dataset, SanityDocument } from './dataset.ts';
import type { ContentSource, Perspective } from './source.ts';

const DRAFT_PREFIX = 'drafts.';

/** Applies a perspective: `published` drops drafts; `drafts` lets a draft replace its published twin. */
export function applyPerspective(
	documents: SanityDocument[],
	perspective: Perspective,
): SanityDocument[] {
	if (perspective === 'published') return documents.filter((d) => !d._id.startsWith(DRAFT_PREFIX));
	const drafts = new Map(
		documents
			.filter((d) => d._id.startsWith(DRAFT_PREFIX))
			.map((d) => [d._id.slice(DRAFT_PREFIX.length), d]),
	);
	const published = documents.filter((d) => !d._id.startsWith(DRAFT_PREFIX) && !drafts.has(d._id));
	return [...published, ...[...drafts].map(([id, d]) => ({ ...d, _id: id, _originalId: d._id }))];
}

export function createLocalSource(
	dataset: Dataset,
	perspective: Perspective = 'published',
): ContentSource {
	const documents = applyPerspective(dataset.documents, perspective);
	// Map-based dereference: groq-js's built-in one scans the whole dataset per reference.
	const byId = new Map(documents.map((d) => [d._id, d]));
	const dereference = ({ _ref }: { _ref: string }) => byId.get(_ref);
	return {
		description: `lokalt datasett ${dataset.source} (${perspective})`,
		async fetch<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
			const tree = parse(query, { params });
			const result = await evaluate(tree, { dataset: documents, params, dereference });
			return (await result.get()) as T;
		},
	};
}
