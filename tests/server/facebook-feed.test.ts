/** Reading dist/facebook.xml strictly: the contract with the site's Facebook feed. */
import { describe, expect, test } from 'vitest';
import { FeedError, parseFacebookFeed } from '../../server/facebook/feed.ts';
import { facebookFeed } from './helpers/facebook-feed.ts';

describe('parseFacebookFeed', () => {
	test('reads guid, title, link, description and pubDate of each item', () => {
		const publishedAt = new Date('2026-01-29T08:00:00Z');
		const xml = facebookFeed([
			{
				id: 'abc-123',
				title: 'Kurs & samling',
				slug: 'kurs',
				text: 'Meld deg på <nå>!',
				publishedAt,
			},
		]);
		expect(parseFacebookFeed(xml)).toEqual({
			items: [
				{
					id: 'abc-123',
					title: 'Kurs & samling',
					link: 'https://trondelag.example.no/nyheter/kurs/',
					message: 'Meld deg på <nå>!',
					publishedAt,
				},
			],
			problems: [],
		});
	});

	test('reads CDATA text and an RFC 822 date with a numeric zone', () => {
		const xml = `<rss version="2.0"><channel><title>t</title><item><title>T</title>
			<link>https://x.example/a/</link><description><![CDATA[Tekst med <b>tegn</b>]]></description>
			<pubDate>Fri, 30 Jan 2026 09:00:00 +0100</pubDate><guid isPermaLink="false">id-1</guid></item></channel></rss>`;
		const [item] = parseFacebookFeed(xml).items;
		expect(item).toMatchObject({
			message: 'Tekst med <b>tegn</b>',
			publishedAt: new Date('2026-01-30T08:00:00Z'),
		});
	});

	test('skips items without guid, with a relative link or a bad date, naming each', () => {
		const item = (guid: string, link: string, date: string) =>
			`<item><title>T</title><link>${link}</link><pubDate>${date}</pubDate>${guid}</item>`;
		const xml = `<rss version="2.0"><channel>${[
			item('', 'https://x.example/a/', 'Fri, 30 Jan 2026 09:00:00 GMT'),
			item('<guid>b</guid>', '/nyheter/b/', 'Fri, 30 Jan 2026 09:00:00 GMT'),
			item('<guid>c</guid>', 'https://x.example/c/', 'i morgen'),
		].join('')}</channel></rss>`;
		const { items, problems } = parseFacebookFeed(xml);
		expect(items).toEqual([]);
		expect(problems).toEqual([
			'facebook.xml, element 1: mangler <guid>; hoppet over.',
			'facebook.xml, element 2 (b): <link> er ikke en absolutt http(s)-adresse; hoppet over.',
			'facebook.xml, element 3 (c): ugyldig <pubDate>; hoppet over.',
		]);
	});

	test.each([
		[
			'<rss version="2.0"><channel><item><title>T</item></channel></rss>',
			/^facebook.xml er ikke gyldig XML \(linje 1\)/,
		],
		['<feed xmlns="http://www.w3.org/2005/Atom"></feed>', /mangler <rss><channel>/],
	])('refuses a feed that is not well-formed RSS: %s', (xml, message) => {
		expect(() => parseFacebookFeed(xml)).toThrow(FeedError);
		expect(() => parseFacebookFeed(xml)).toThrow(message);
	});
});
