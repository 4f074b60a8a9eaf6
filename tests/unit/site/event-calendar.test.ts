/**
 * The iCalendar output parsed back with a different library (node-ical), and its RFC 5545 form
 * checked directly: CRLF, lines of at most 75 octets, TEXT escaping, UID, DTSTAMP, UTC times.
 */
import ical from 'node-ical';
import { describe, expect, test } from 'vitest';
import {
	CALENDAR_TTL_SECONDS,
	eventCalendar,
	type CalendarEvent,
} from '../../../src/site/calendar/event-calendar.ts';

const SITE = 'https://trondelag.example.no';
const NOW = new Date('2026-11-30T12:00:00Z');
const LONG =
	'Folkemøte om kommuneøkonomi, barnehager og eldreomsorg; vi går gjennom budsjettet, ' +
	'svarer på spørsmål fra innbyggerne, og avslutter med kaffe, vafler og spørsmål om TØRN; ' +
	'alle er velkomne – også de som følger møtet på nett, med tolk, teksting og pauser.';

/** The last Sunday of October 2028 (29 October), 10:00–12:00 Oslo time: CET again, UTC+1. */
const sunday: CalendarEvent = {
	_id: 'event-folkemote',
	title: 'Folkemøte, høst; økonomi',
	start: '2028-10-29T09:00:00Z',
	end: '2028-10-29T11:00:00Z',
	allDay: false,
	url: `${SITE}/arrangementer/folkemote/`,
	descriptionText: LONG,
	location: { name: 'Steinkjer kulturhus', address: 'Kulturhusplassen 1, 7713 Steinkjer' },
	registrationDeadline: '2028-10-13',
};
/** The day before, still summer time (UTC+2). */
const saturday: CalendarEvent = {
	...sunday,
	_id: 'event-lordag',
	title: 'Lørdag',
	start: '2028-10-28T08:00:00Z',
	end: '2028-10-28T10:00:00Z',
	registrationDeadline: null,
};
const allDay: CalendarEvent = {
	_id: 'event-arena',
	title: 'Arena Trøndelag',
	start: '2023-11-01T23:00:00Z',
	end: '2023-11-03T14:00:00Z',
	allDay: true,
	url: `${SITE}/arrangementer/arena/`,
	descriptionText: '',
};

const text = eventCalendar([sunday, saturday, allDay], {
	siteUrl: SITE,
	siteTitle: 'KS Trøndelag',
	now: NOW,
	feed: { url: `${SITE}/arrangementer.ics` },
});
const vevents = Object.values(ical.sync.parseICS(text)).flatMap((c) =>
	c?.type === 'VEVENT' ? [c] : [],
);
const vevent = (uid: string) => {
	const found = vevents.find((c) => c.uid === uid);
	if (!found) throw new Error(`no VEVENT ${uid}`);
	return found;
};
/** Oslo wall-clock time of a parsed Date. */
const oslo = (d: Date | undefined) =>
	d?.toLocaleString('sv-SE', { timeZone: 'Europe/Oslo', hour12: false }).slice(0, 16);

describe('eventCalendar parsed back with node-ical', () => {
	test('keeps Oslo wall-clock times on both sides of the October DST change', () => {
		expect(oslo(vevent(`event-folkemote@trondelag.example.no`).start)).toBe('2028-10-29 10:00');
		expect(oslo(vevent(`event-folkemote@trondelag.example.no`).end)).toBe('2028-10-29 12:00');
		expect(oslo(vevent(`event-lordag@trondelag.example.no`).start)).toBe('2028-10-28 10:00');
	});

	test('unescapes the long Norwegian description, commas and semicolons intact', () => {
		const e = vevent('event-folkemote@trondelag.example.no');
		expect(e.description).toBe(`${LONG}\n\n${sunday.url}`);
		expect(e.summary).toBe('Folkemøte, høst; økonomi');
		expect(e.location).toBe('Steinkjer kulturhus, Kulturhusplassen 1, 7713 Steinkjer');
		expect(e.url).toMatchObject({ val: sunday.url });
	});

	test('writes an all-day event as dates with DTEND the day after the last day', () => {
		const e = vevent('event-arena@trondelag.example.no');
		expect(e.datetype).toBe('date');
		expect(text).toContain('DTSTART;VALUE=DATE:20231102\r\n');
		expect(text).toContain('DTEND;VALUE=DATE:20231104\r\n');
	});

	test('an all-day event whose end is 00:00 Oslo the day after is one day, not two', () => {
		const oneDay = eventCalendar(
			[{ ...allDay, _id: 'event-dag', start: '2028-12-01T23:00:00Z', end: '2028-12-02T23:00:00Z' }],
			{ siteUrl: SITE, siteTitle: 'KS', now: NOW },
		);
		expect(oneDay).toContain('DTSTART;VALUE=DATE:20281202\r\n');
		expect(oneDay).toContain('DTEND;VALUE=DATE:20281203\r\n');
	});

	test('gives the registration deadline its own all-day entry', () => {
		const e = vevent('event-folkemote-frist@trondelag.example.no');
		expect(e.summary).toBe('Påmeldingsfrist: Folkemøte, høst; økonomi');
		expect(e.datetype).toBe('date');
		expect(text).toContain('DTSTART;VALUE=DATE:20281013\r\n');
		expect(vevents).toHaveLength(4);
	});
});

describe('eventCalendar in RFC 5545 form', () => {
	const lines = text.split('\r\n');

	test('ends every line with CRLF and has no bare LF', () => {
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	test('folds lines at 75 octets, and the long description needed folding', () => {
		const long = lines.filter((l) => Buffer.byteLength(l, 'utf8') > 75);
		expect(long).toEqual([]);
		expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
	});

	test('escapes commas and semicolons in TEXT values', () => {
		expect(text).toContain('SUMMARY:Folkemøte\\, høst\\; økonomi\r\n');
	});

	test('uses UTC times, the build clock as DTSTAMP and the document id as UID', () => {
		expect(text).toContain('DTSTART:20281029T090000Z\r\n');
		expect(text).not.toContain('VTIMEZONE');
		expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toEqual(
			Array(4).fill('DTSTAMP:20261130T120000Z'),
		);
		expect(text).toContain('UID:event-folkemote@trondelag.example.no\r\n');
	});

	test('names the feed and tells subscribers how often to refresh it', () => {
		expect(text).toContain('X-WR-CALNAME:KS Trøndelag – arrangementer\r\n');
		expect(text).toContain(`REFRESH-INTERVAL;VALUE=DURATION:PT${CALENDAR_TTL_SECONDS / 3600}H\r\n`);
		expect(text).toContain('X-PUBLISHED-TTL:PT12H\r\n');
	});

	test('a single event file has no feed name', () => {
		const single = eventCalendar([allDay], { siteUrl: SITE, siteTitle: 'KS', now: NOW });
		expect(single).not.toContain('X-WR-CALNAME');
		expect(single.match(/BEGIN:VEVENT/g)).toHaveLength(1);
	});
});
