/**
 * The synthetic posts of a benchmark run, as one neutral model that both outputs are written from
 * (Sanity export and markdown), so every generator builds the same text. Post i is the same for
 * every N except its date (and a greeting's year in its title): the N posts spread evenly over
 * 2015-01-01 … 2026-06-01.
 */
import type { SeedPool, TopicRef } from './seed-pool.ts';
import {
	capitalize,
	pick,
	pickInt,
	seededRandom,
	sentence,
	sentences,
	slugify,
	words,
} from './text.ts';
import type { Random } from './text.ts';

export type Span = { text: string; strong?: boolean; href?: string };
export type BodyBlock =
	| { type: 'paragraph'; spans: Span[] }
	| { type: 'heading'; text: string }
	| { type: 'bullet'; text: string }
	| { type: 'figure'; image: string; alt: string; caption: string };
export type Figure = Extract<BodyBlock, { type: 'figure' }>;
export type PostKind = 'news' | 'summerGreeting' | 'christmasGreeting' | 'newsletter';

export type SyntheticPost = {
	id: string;
	slug: string;
	title: string;
	kind: PostKind;
	/** ISO date-time (UTC). */
	publishedAt: string;
	excerpt: string;
	mainImage?: Figure;
	/** Eight blocks: paragraphs, a heading, a two-item bullet list, links and one or two figures. */
	body: BodyBlock[];
	topics: TopicRef[];
	/** Municipality document ids. */
	municipalities: string[];
	/** Person document id, newsletters only. */
	contact?: string;
};

/**
 * The build clock of the site's timed builds (BUILD_NOW): the day after the newest post, so what
 * depends on today (e-mail editions of the last 12 months, upcoming events) is the same every run.
 */
export const BENCH_NOW = new Date('2026-06-02T10:00:00Z');
const FIRST = Date.parse('2015-01-01T08:00:00Z');
const LAST = Date.parse('2026-06-01T08:00:00Z');
const MINUTE = 60_000;
const LINKS = [
	'https://www.ks.no/',
	'https://www.regjeringen.no/',
	'https://www.trondelagfylke.no/',
];

function kindOf(i: number): PostKind {
	if (i % 50 === 7) return 'summerGreeting';
	if (i % 50 === 32) return 'christmasGreeting';
	return i % 20 === 3 ? 'newsletter' : 'news';
}

const figure = (random: Random, pool: SeedPool): Figure => ({
	type: 'figure',
	image: pick(random, pool.images),
	alt: sentence(random),
	caption: sentence(random),
});

function linked(random: Random): BodyBlock {
	return {
		type: 'paragraph',
		spans: [
			{ text: `${sentences(random, 2)} Les mer om ` },
			{ text: words(random, 3), href: pick(random, LINKS) },
			{ text: `. ${sentence(random)}` },
		],
	};
}

function body(random: Random, pool: SeedPool, figures: number): BodyBlock[] {
	const paragraph = (count: number): BodyBlock => ({
		type: 'paragraph',
		spans: [{ text: sentences(random, count) }],
	});
	return [
		{
			type: 'paragraph',
			spans: [{ text: sentence(random), strong: true }, { text: ` ${sentences(random, 3)}` }],
		},
		linked(random),
		figure(random, pool),
		{ type: 'heading', text: capitalize(words(random, pickInt(random, 3, 6))) },
		{ type: 'bullet', text: sentence(random) },
		{ type: 'bullet', text: sentence(random) },
		linked(random),
		figures === 2 ? figure(random, pool) : paragraph(4),
	];
}

/** Post number `i` of `count` (0-based; the highest index is the newest). */
export function syntheticPost(i: number, count: number, pool: SeedPool): SyntheticPost {
	const random = seededRandom(i + 1);
	const kind = kindOf(i);
	const offset = Math.floor(((LAST - FIRST) * i) / Math.max(count - 1, 1) / MINUTE) * MINUTE;
	const publishedAt = new Date(FIRST + offset);
	const year = publishedAt.getUTCFullYear();
	const title =
		kind === 'summerGreeting'
			? `God sommer fra KS Trøndelag ${year}`
			: kind === 'christmasGreeting'
				? `God jul fra KS Trøndelag ${year}`
				: sentence(random)
						.split(' ')
						.slice(0, pickInt(random, 5, 9))
						.join(' ')
						.replace(/\.$/, '');
	const first = pickInt(random, 0, pool.topics.length - 1);
	const topics = [pool.topics[first]!, pool.topics[(first + 1 + (i % 3)) % pool.topics.length]!];
	const places = [pick(random, pool.municipalities)];
	if (random() < 0.5)
		places.push(
			pick(
				random,
				pool.municipalities.filter((m) => m !== places[0]),
			),
		);
	return {
		id: `post-${i}`,
		slug: `${slugify(title).slice(0, 60).replace(/-$/, '')}-${i}`,
		title,
		kind,
		publishedAt: publishedAt.toISOString(),
		excerpt: sentences(random, 2),
		...(i % 5 === 4 ? {} : { mainImage: figure(random, pool) }),
		body: body(random, pool, i % 3 === 0 ? 2 : 1),
		topics,
		municipalities: places,
		...(kind === 'newsletter' ? { contact: pick(random, pool.people) } : {}),
	};
}

/** All `count` posts, oldest first. */
export function syntheticPosts(count: number, pool: SeedPool): SyntheticPost[] {
	return Array.from({ length: count }, (_, i) => syntheticPost(i, count, pool));
}
