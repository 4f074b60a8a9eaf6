/**
 * The Facebook feed's contract: the posts marked «Del på Facebook» (newest FEED_ITEMS), the
 * Facebook text as the description, written so the Facebook poster (server/facebook/feed.ts)
 * reads back exactly that text, and the document `_id` as a non-permalink guid.
 */
import { describe, expect, test } from 'vitest';
import { FEED_ITEMS } from '../../../../src/consts.ts';
import { facebookFeed } from '../../../../src/site/feeds/feeds.ts';
import { buildRss } from '../../../../src/site/feeds/rss.ts';
import { parseFacebookFeed } from '../../../../server/facebook/feed.ts';
import { parseRss } from '../../../helpers/feeds.ts';
import { makePost, settings } from '../../../helpers/posts.ts';
import { child, childText } from '../../../helpers/xml.ts';

const NOW = new Date('2026-11-25T12:00:00Z');
const HOSTILE = 'Kurs & samling <nå> ]]> «sitat» "anførsel"';
/** `n` posts, newest first, one day apart; every other one marked for Facebook. */
const many = (n: number) =>
	Array.from({ length: n }, (_, i) =>
		makePost(`sak-${i}`, {
			publishedAt: new Date(Date.UTC(2025, 0, n - i)).toISOString(),
			shareOnFacebook: i % 2 === 0,
		}),
	);

describe('facebookFeed', () => {
	test(`holds only the marked posts, the newest ${FEED_ITEMS}, in order`, () => {
		const posts = many(FEED_ITEMS * 2 + 10);
		const marked = posts.filter((p) => p.shareOnFacebook);
		expect(facebookFeed(posts, settings).posts).toEqual(marked.slice(0, FEED_ITEMS));
		expect(facebookFeed(posts.slice(1, 2), settings).posts).toEqual([]);
	});

	test('is served at /facebook.xml and listed in its own group', () => {
		expect(facebookFeed([], settings)).toMatchObject({
			id: 'facebook',
			group: 'facebook',
			path: '/facebook.xml',
			title: 'Til Facebook – KS Trøndelag – nyheter',
		});
	});

	test("gives the post's Facebook text as the description and its _id as a non-permalink guid", async () => {
		const post = makePost('a', { shareOnFacebook: true, facebookText: HOSTILE });
		const xml = buildRss(facebookFeed([post], settings), { settings, now: NOW });
		const [item] = (await parseRss(xml)).items;
		expect(childText(item!, 'description')).toBe(HOSTILE);
		expect(childText(item!, 'guid')).toBe('post-a');
		expect(child(item!, 'guid')?.attributes).toEqual({ isPermaLink: 'false' });
		expect(childText(item!, 'link')).toBe(post.url);
	});

	test('is read back by the Facebook poster with the exact text, title, link and date', () => {
		const posts = [
			makePost('ny', { shareOnFacebook: true, facebookText: HOSTILE, title: 'Ny & viktig' }),
			makePost('eldre', {
				shareOnFacebook: true,
				publishedAt: '2023-01-02T08:00:00Z',
				publishedTime: Date.parse('2023-01-02T08:00:00Z'),
			}),
		];
		const { items, problems } = parseFacebookFeed(
			buildRss(facebookFeed(posts, settings), { settings, now: NOW }),
		);
		expect(problems).toEqual([]);
		expect(items).toEqual(
			posts.map((p) => ({
				id: p._id,
				title: p.title,
				link: p.url,
				message: p.facebookText,
				publishedAt: new Date(p.publishedTime),
			})),
		);
	});
});
