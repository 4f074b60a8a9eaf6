/**
 * An event page's structured data: schema.org `Event` with start and end in Oslo time (with the
 * offset; all-day events as dates), attendance mode, `Place` and/or `VirtualLocation`, and the
 * organisation as organizer.
 * @see https://schema.org/Event, https://developers.google.com/search/docs/appearance/structured-data/event
 */
import type { Event, Settings } from '../../content/store.ts';
import { formatIsoOslo, toOsloDate } from '../../lib/dates.ts';
import { organizationNode, type JsonLdNode } from './organization.ts';

/** schema.org Event: dates with Oslo offsets, attendance mode, Place and/or VirtualLocation. */
export function eventNode(event: Event, settings: Settings): JsonLdNode {
	const place = event.location?.name || event.location?.address;
	const online = Boolean(event.onlineUrl);
	const mode = place && online ? 'Mixed' : online ? 'Online' : 'Offline';
	const locations = [
		...(place
			? [
					{
						'@type': 'Place',
						name: event.location?.name ?? event.location?.address,
						...(event.location?.address
							? { address: { '@type': 'PostalAddress', streetAddress: event.location.address } }
							: {}),
					},
				]
			: []),
		...(online ? [{ '@type': 'VirtualLocation', url: event.onlineUrl }] : []),
	];
	const date = (iso: string, allDay: boolean) => (allDay ? toOsloDate(iso) : formatIsoOslo(iso));
	return {
		'@type': 'Event',
		name: event.title,
		startDate: date(event.start, event.allDay),
		...(event.end ? { endDate: date(event.end, event.allDay) } : {}),
		eventStatus: 'https://schema.org/EventScheduled',
		eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
		...(locations.length ? { location: locations.length === 1 ? locations[0] : locations } : {}),
		...(event.summary ? { description: event.summary } : {}),
		url: event.url,
		inLanguage: 'nb',
		organizer: organizationNode(settings),
	};
}
