/**
 * A few events for the synthetic Sanity export (one per EVENT_EVERY posts, at least one), so the
 * site's calendar outputs have work to do: each lies near a post's date, relates to that post and
 * shares its topics and municipalities. Dates spread over the posts' range and EVENT_DAYS_AHEAD
 * beyond the bench's build clock, so some are upcoming. The baselines have no events.
 */
import type { SyntheticPost } from './synthetic-posts.ts';
import { capitalize, pickInt, seededRandom, sentences, words } from './text.ts';

export const EVENT_EVERY = 100;
const DAY = 86_400_000;
const EVENT_DAYS_AHEAD = 180;

const ref = (id: string, i: number) => ({ _type: 'reference', _key: `r${i}`, _ref: id });

/** Event number `i` for the post it relates to (dated within a few days after the post). */
function syntheticEvent(i: number, post: SyntheticPost, startMs: number) {
	const random = seededRandom(1_000_000 + i);
	const start = new Date(Math.floor(startMs / 3_600_000) * 3_600_000 + 8 * 3_600_000);
	const end = new Date(start.getTime() + pickInt(random, 1, 6) * 3_600_000);
	const title = capitalize(words(random, pickInt(random, 3, 6)));
	return {
		_id: `event-${i}`,
		_type: 'event',
		_createdAt: post.publishedAt,
		_updatedAt: post.publishedAt,
		_rev: `ev${i.toString(36)}`,
		title,
		slug: { _type: 'slug', current: `arrangement-${i}` },
		start: start.toISOString(),
		end: end.toISOString(),
		allDay: false,
		location: {
			name: `${capitalize(words(random, 2))} kulturhus`,
			address: 'Kongens gate 1, 7011 Trondheim',
		},
		description: [
			{
				_type: 'block',
				_key: 'd0',
				style: 'normal',
				markDefs: [],
				children: [{ _type: 'span', _key: 's0', text: sentences(random, 3), marks: [] }],
			},
		],
		registrationUrl: 'https://www.ks.no/',
		relatedPosts: [ref(post.id, 0)],
		topics: post.topics.map((topic, k) => ref(topic.id, k)),
		municipalities: post.municipalities.map(ref),
		allMunicipalities: false,
	};
}

/**
 * The events of a run over `posts` (oldest first): event i relates to post i × EVENT_EVERY and
 * starts a week after it; the last one lies EVENT_DAYS_AHEAD days after `now`.
 */
export function syntheticEvents(posts: readonly SyntheticPost[], now: Date) {
	const count = Math.max(1, Math.floor(posts.length / EVENT_EVERY));
	return Array.from({ length: count }, (_, i) => {
		const post = posts[Math.min(posts.length - 1, i * EVENT_EVERY)]!;
		const week = Date.parse(post.publishedAt) + 7 * DAY;
		const start = i === count - 1 ? now.getTime() + EVENT_DAYS_AHEAD * DAY : week;
		return syntheticEvent(i, post, start);
	});
}
