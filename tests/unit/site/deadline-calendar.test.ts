/** The posts' «Svarfrist» as all-day calendar entries, parsed back with node-ical. */
import ical from 'node-ical';
import { describe, expect, test } from 'vitest';
import { deadlineCalendar, deadlineUid } from '../../../src/site/calendar/deadline-calendar.ts';

const SITE = 'https://trondelag.example.no';
const NOW = new Date('2021-02-01T12:00:00Z');
const debatt = {
	_id: 'post-debattheft-2021',
	title: 'Debattheftet 2021; innspill, frister',
	url: `${SITE}/nyheter/debattheftet-2021/`,
	deadline: '2021-03-01',
};
const noDeadline = { ...debatt, _id: 'post-uten', deadline: null };

const parse = (text: string) =>
	Object.values(ical.sync.parseICS(text)).flatMap((c) => (c?.type === 'VEVENT' ? [c] : []));

describe('deadlineCalendar', () => {
	const feed = deadlineCalendar([debatt, noDeadline], {
		siteUrl: SITE,
		siteTitle: 'KS Trøndelag',
		now: NOW,
		feed: { url: `${SITE}/frister.ics` },
	});

	test('every deadline is one all-day entry: DATE start, DTEND the day after', () => {
		const [entry, ...rest] = parse(feed);
		expect(rest).toEqual([]);
		expect(entry!.datetype).toBe('date');
		expect(entry!.summary).toBe('Svarfrist: Debattheftet 2021; innspill, frister');
		expect(entry!.url).toMatchObject({ val: debatt.url });
		expect(feed).toContain('DTSTART;VALUE=DATE:20210301\r\n');
		expect(feed).toContain('DTEND;VALUE=DATE:20210302\r\n');
		expect(feed).toContain('TRANSP:TRANSPARENT\r\n');
	});

	test('the UID comes from the document id, so a new slug or title changes nothing', () => {
		const renamed = deadlineCalendar(
			[{ ...debatt, title: 'Nytt navn', url: `${SITE}/nyheter/nytt-navn/` }],
			{ siteUrl: SITE, siteTitle: 'KS', now: NOW },
		);
		expect(parse(feed)[0]!.uid).toBe('post-debattheft-2021-svarfrist@trondelag.example.no');
		expect(parse(renamed)[0]!.uid).toBe(parse(feed)[0]!.uid);
		expect(deadlineUid(debatt._id, SITE)).toBe(parse(feed)[0]!.uid);
	});

	test('the feed is named and refreshes; a single file is not', () => {
		expect(feed).toContain('X-WR-CALNAME:KS Trøndelag – svarfrister\r\n');
		expect(feed).toContain('X-PUBLISHED-TTL:PT12H\r\n');
		const single = deadlineCalendar([debatt], { siteUrl: SITE, siteTitle: 'KS', now: NOW });
		expect(single).not.toContain('X-WR-CALNAME');
		expect(single.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(single.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
	});
});
