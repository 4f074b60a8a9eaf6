import { CalendarIcon } from '@sanity/icons/Calendar';
import type { StructureBuilder } from 'sanity/structure';
import { API_VERSION } from '../lib/constants';

const EVENT = '_type == "event"';
/** An event is upcoming until it ends (or, without an end, until it starts). */
const UPCOMING = `${EVENT} && dateTime(coalesce(end, start)) >= now()`;
const PAST = `${EVENT} && dateTime(coalesce(end, start)) < now()`;

/** One list of events: a GROQ filter and an ordering by start. */
function eventList(S: StructureBuilder, id: string, title: string, filter: string, asc: boolean) {
	return S.listItem()
		.id(id)
		.title(title)
		.icon(CalendarIcon)
		.child(
			S.documentList()
				.id(id)
				.title(title)
				.schemaType('event')
				.apiVersion(API_VERSION)
				.filter(filter)
				.defaultOrdering([{ field: 'start', direction: asc ? 'asc' : 'desc' }])
				.initialValueTemplates([S.initialValueTemplateItem('event')]),
		);
}

/** «Arrangementer»: upcoming events first (soonest first), then past ones (newest first), then all. */
export function eventsItem(S: StructureBuilder) {
	return S.listItem()
		.id('arrangementer')
		.title('Arrangementer')
		.icon(CalendarIcon)
		.child(
			S.list()
				.id('arrangementer')
				.title('Arrangementer')
				.items([
					eventList(S, 'kommende-arrangementer', 'Kommende', UPCOMING, true),
					eventList(S, 'tidligere-arrangementer', 'Tidligere', PAST, false),
					S.divider(),
					eventList(S, 'alle-arrangementer', 'Alle arrangementer', EVENT, false),
				]),
		);
}
