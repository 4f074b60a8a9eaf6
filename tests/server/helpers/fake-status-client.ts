/**
 * A fake of the part of @sanity/client the status writer uses (createIfNotExists, patch().set()
 * .commit()): documents in a Map and a list of calls, so tests see what the Studio would read.
 */
import type { StatusClient } from '../../../server/status/writer.ts';

export type FakeStatusClient = StatusClient & {
	documents: Map<string, Record<string, unknown>>;
	calls: string[];
};

/** A fresh fake; `failWith` makes every call reject with that message. */
export function fakeStatusClient(failWith?: string): FakeStatusClient {
	const documents = new Map<string, Record<string, unknown>>();
	const calls: string[] = [];
	const check = () => {
		if (failWith) throw new Error(failWith);
	};
	return {
		documents,
		calls,
		async createIfNotExists(doc) {
			check();
			calls.push(`createIfNotExists ${doc._id}`);
			if (!documents.has(doc._id)) documents.set(doc._id, structuredClone(doc));
			return documents.get(doc._id);
		},
		patch(id) {
			return {
				set(attrs) {
					return {
						async commit() {
							check();
							calls.push(`patch ${id} set ${Object.keys(attrs).join(',')}`);
							const doc = documents.get(id);
							if (!doc) throw new Error(`Dokumentet ${id} finnes ikke`);
							Object.assign(doc, structuredClone(attrs));
							return doc;
						},
					};
				},
			};
		},
	};
}
