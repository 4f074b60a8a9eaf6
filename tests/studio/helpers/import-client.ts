/**
 * An in-memory stand-in for the @sanity/client that `sanity dataset import` (@sanity/import)
 * drives: it records created documents, asset uploads and patches instead of calling the API.
 */
import { createHash } from 'node:crypto';

type Doc = { _id: string; [key: string]: unknown };
type Operation = { op: string; value: Record<string, unknown> };
export type Upload = { type: string; filename: string | undefined; sha1: string; id: string };

class FakePatch {
	operations: Operation[] = [];
	constructor(
		readonly id: string,
		private readonly onCommit?: (patch: FakePatch) => void,
	) {}
	set(value: Record<string, unknown>) {
		this.operations.push({ op: 'set', value });
		return this;
	}
	setIfMissing(value: Record<string, unknown>) {
		this.operations.push({ op: 'setIfMissing', value });
		return this;
	}
	unset(paths: string[]) {
		this.operations.push({ op: 'unset', value: { paths } });
		return this;
	}
	async commit() {
		this.onCommit?.(this);
		return { _id: this.id };
	}
}

/** Creates the fake client and the records a test inspects after the import. */
export function createImportClient() {
	const created = new Map<string, Doc>();
	const uploads: Upload[] = [];
	const patches: FakePatch[] = [];

	const transaction = () => {
		const pending: (() => void)[] = [];
		const trx = {
			create: (doc: Doc) => (pending.push(() => created.set(doc._id, structuredClone(doc))), trx),
			createIfNotExists: (doc: Doc) => trx.create(doc),
			createOrReplace: (doc: Doc) => trx.create(doc),
			patch: (id: string, build: (patch: FakePatch) => FakePatch) => {
				const patch = build(new FakePatch(id));
				pending.push(() => patches.push(patch));
				return trx;
			},
			commit: async () => {
				for (const apply of pending) apply();
				return { results: pending.map(() => ({ operation: 'update' })) };
			},
		};
		return trx;
	};

	const client = {
		config: () => ({ projectId: 'test', dataset: 'production', token: 'fake-token' }),
		withConfig: () => client,
		// No asset exists yet, so every file is uploaded.
		fetch: async () => null,
		transaction,
		patch: (id: string) => new FakePatch(id, (patch) => patches.push(patch)),
		assets: {
			upload: async (type: string, buffer: Buffer, options: { filename?: string }) => {
				const sha1 = createHash('sha1').update(buffer).digest('hex');
				const id = `${type}-${sha1}`;
				uploads.push({ type, filename: options.filename, sha1, id });
				return { _id: id };
			},
		},
	};
	return { client, created, uploads, patches };
}
