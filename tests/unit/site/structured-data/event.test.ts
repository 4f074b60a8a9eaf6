import { describe, expect, test } from 'vitest';
import type { Event } from '../../../../src/content/store.ts';
import { eventNode } from '../../../../src/site/structured-data/event.ts';
import { settings, SITE } from '../../../helpers/posts.ts';

describe('eventNode', () => {
	const event = {
		title: 'Arena Trøndelag 2028',
		start: '2028-10-29T09:00:00Z',
		end: '2028-10-29T11:00:00Z',
		allDay: false,
		location: { name: 'Kongressenteret', address: 'Brattørkaia 1, 7010 Trondheim' },
		onlineUrl: 'https://www.ks.no/',
		summary: 'Møteplass.',
		url: `${SITE}/arrangementer/arena-trondelag-2028/`,
	} as unknown as Event;

	test('is a schema.org Event with Oslo offsets, mixed attendance and both locations', () => {
		expect(eventNode(event, settings)).toMatchObject({
			'@type': 'Event',
			name: 'Arena Trøndelag 2028',
			startDate: '2028-10-29T10:00:00+01:00',
			endDate: '2028-10-29T12:00:00+01:00',
			eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
			location: [
				{
					'@type': 'Place',
					name: 'Kongressenteret',
					address: { streetAddress: 'Brattørkaia 1, 7010 Trondheim' },
				},
				{ '@type': 'VirtualLocation', url: 'https://www.ks.no/' },
			],
			organizer: { '@type': 'Organization', name: 'KS', url: `${SITE}/` },
			url: event.url,
		});
	});

	test.each([
		[{ onlineUrl: null }, 'Offline'],
		[{ location: null }, 'Online'],
	])('attendance mode for %o is %s', (change, mode) => {
		const ld = eventNode({ ...event, ...change } as Event, settings);
		expect(ld.eventAttendanceMode).toBe(`https://schema.org/${mode}EventAttendanceMode`);
	});

	test('an all-day event has dates without times', () => {
		const ld = eventNode(
			{
				...event,
				allDay: true,
				start: '2023-11-01T23:00:00Z',
				end: '2023-11-03T14:00:00Z',
			} as Event,
			settings,
		);
		expect([ld.startDate, ld.endDate]).toEqual(['2023-11-02', '2023-11-03']);
	});
});
