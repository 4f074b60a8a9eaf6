/**
 * The addresses this build publishes, each with its permanent key (src/lib/address-record.ts):
 * post, event, topic and municipality pages by document `_id`; a post's self-hosted attachment by
 * `<_id>#<block _key>`, on the first build together with the content-hash address it had before
 * (`/vedlegg/<sha1>/…`), so links sent before the permanent addresses existed keep working.
 */
import type { CurrentAddress } from '../../lib/address-record.ts';
import { municipalityUrl, topicUrl } from '../../lib/urls.ts';

/** An attachment block as the store left it (src/content/attachments.ts). */
type AttachmentBlock = { _type?: string; _key?: string; href?: string; hashHref?: string };

export type AddressSource = {
	posts: ReadonlyArray<{ _id: string; path: string; body: readonly unknown[] }>;
	events: ReadonlyArray<{ _id: string; path: string }>;
	topics: ReadonlyArray<{ _id: string; slug: string }>;
	municipalities: ReadonlyArray<{ _id: string; slug: string }>;
};

/**
 * Every address of the build with its key (pages first, then files). `hashAddresses`: also record
 * each attachment's content-hash address; true only when the record starts (the first build with
 * permanent addresses), since later files never had one.
 */
export function currentAddresses(store: AddressSource, hashAddresses = false): CurrentAddress[] {
	const page = (key: string, path: string): CurrentAddress => ({ key, kind: 'page', path });
	const files = store.posts.flatMap((post) =>
		post.body.flatMap((item): CurrentAddress[] => {
			const block = item as AttachmentBlock | null;
			// Only self-hosted files have a content-hash address (and a file on the site to answer).
			if (block?._type !== 'attachment' || !block.href || !block.hashHref || !block._key) return [];
			const key = `${post._id}#${block._key}`;
			const previous = hashAddresses ? [block.hashHref] : [];
			return [{ key, kind: 'file', path: block.href, previous }];
		}),
	);
	return [
		...store.posts.map((p) => page(p._id, p.path)),
		...store.events.map((e) => page(e._id, e.path)),
		...store.topics.map((tp) => page(tp._id, topicUrl(tp.slug))),
		...store.municipalities.map((m) => page(m._id, municipalityUrl(m.slug))),
		...files,
	];
}
