import { useEffect, useState } from 'react';
import type { PostStatusDocument, PublishedPost } from '../lib/post-status';

/** What the panel reads: the post's status document and the published post (null when absent). */
export type PostStatusData = { status: PostStatusDocument | null; published: PublishedPost };

/** The part of the Studio client the panel uses (a fake in tests). */
export type StatusClient = {
	fetch<T>(query: string, params: Record<string, unknown>): Promise<T>;
	listen(
		query: string,
		params: Record<string, unknown>,
		options: { events: string[]; visibility: 'query' },
	): { subscribe(observer: (event: unknown) => void): { unsubscribe(): void } };
};

// Studio-side GROQ (not the site's queries): the status document the server writes under
// `status.<postId>` (server/status/status-doc.ts) and the published post's times.
const STATUS_QUERY = `{
	"status": *[_id == $statusId][0]{_id, publish, facebook, newsletter},
	"published": *[_id == $id][0]{_updatedAt, publishedAt}
}`;
const LISTEN_QUERY = '*[_id in [$id, $statusId]]';

/**
 * Reads the status of the published post `publishedId` and follows changes live: every mutation
 * of the post or its status document re-reads both. `undefined` until the first answer.
 */
export function usePostStatus(
	client: StatusClient,
	publishedId: string,
): PostStatusData | undefined {
	const [data, setData] = useState<PostStatusData | undefined>(undefined);
	useEffect(() => {
		let active = true;
		const params = { id: publishedId, statusId: `status.${publishedId}` };
		const load = () =>
			client.fetch<PostStatusData>(STATUS_QUERY, params).then(
				(result) => active && setData(result),
				() => active && setData({ status: null, published: null }),
			);
		void load();
		const subscription = client
			.listen(LISTEN_QUERY, params, { events: ['mutation'], visibility: 'query' })
			.subscribe(() => void load());
		return () => {
			active = false;
			subscription.unsubscribe();
		};
	}, [client, publishedId]);
	return data;
}
