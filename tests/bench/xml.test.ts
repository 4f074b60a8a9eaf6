/** The strict XML reader the bench counts feed items with. */
import { describe, expect, test } from 'vitest';
import { countElements } from '../../bench/xml.ts';

describe('countElements', () => {
	test('counts elements at an exact path', () => {
		const rss = '<rss><channel><item/><item><item/></item></channel></rss>';
		expect(countElements(rss, 'rss/channel/item')).toBe(2);
	});

	test.each([
		['an unclosed element', '<rss><channel></rss>'],
		['an unbound namespace prefix', '<rss><content:encoded/></rss>'],
		['a bare ampersand', '<rss>a & b</rss>'],
	])('throws on %s', (_, xml) => {
		expect(() => countElements(xml, 'rss')).toThrow();
	});
});
