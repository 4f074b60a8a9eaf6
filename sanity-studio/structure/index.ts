import { CogIcon } from '@sanity/icons/Cog';
import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { EnvelopeIcon } from '@sanity/icons/Envelope';
import { HelpCircleIcon } from '@sanity/icons/HelpCircle';
import { PinIcon } from '@sanity/icons/Pin';
import { TagIcon } from '@sanity/icons/Tag';
import { UsersIcon } from '@sanity/icons/Users';
import type { ComponentType } from 'react';
import type { SortOrderingItem } from 'sanity';
import type { StructureBuilder, StructureResolver } from 'sanity/structure';
import { guidePane } from '../components/GuidePane';
import { guideUrl } from '../env';
import { API_VERSION, SITE_SETTINGS_ID } from '../lib/constants';
import { eventsItem } from './events';
import { summerGreetingsItem } from './summerGreetings';

const NEWEST_FIRST = [{ field: 'publishedAt', direction: 'desc' as const }];

/** A menu item listing every document of one type under a Norwegian plural title. */
function typeListItem(
	S: StructureBuilder,
	type: string,
	title: string,
	icon: ComponentType,
	ordering: SortOrderingItem[],
) {
	return S.listItem()
		.id(type)
		.title(title)
		.icon(icon)
		.schemaType(type)
		.child(S.documentTypeList(type).title(title).apiVersion(API_VERSION).defaultOrdering(ordering));
}

/** The Studio's left-hand menu, in the order editors use it. */
export const structure: StructureResolver = (S, context) =>
	S.list()
		.title('Innhold')
		.items([
			S.listItem()
				.id('nyheter')
				.title('Nyheter')
				.icon(DocumentTextIcon)
				.child(
					S.documentTypeList('post')
						.id('alle-innlegg')
						.title('Nyheter')
						.apiVersion(API_VERSION)
						.defaultOrdering(NEWEST_FIRST)
						.initialValueTemplates([
							S.initialValueTemplateItem('post'),
							S.initialValueTemplateItem('post-summerGreeting'),
							S.initialValueTemplateItem('post-christmasGreeting'),
							S.initialValueTemplateItem('post-newsletter'),
						]),
				),
			summerGreetingsItem(S, context),
			S.listItem()
				.id('nyhetsbrev')
				.title('Nyhetsbrev')
				.icon(EnvelopeIcon)
				.child(
					S.documentList()
						.id('nyhetsbrev')
						.title('Nyhetsbrev')
						.schemaType('post')
						.apiVersion(API_VERSION)
						.filter('_type == "post" && kind == "newsletter"')
						.defaultOrdering(NEWEST_FIRST)
						.initialValueTemplates([S.initialValueTemplateItem('post-newsletter')]),
				),
			eventsItem(S),
			S.divider(),
			typeListItem(S, 'topic', 'Tema', TagIcon, [{ field: 'order', direction: 'asc' }]),
			typeListItem(S, 'municipality', 'Kommuner', PinIcon, [{ field: 'name', direction: 'asc' }]),
			typeListItem(S, 'person', 'Personer', UsersIcon, [{ field: 'name', direction: 'asc' }]),
			typeListItem(S, 'audience', 'Mottakergrupper', EnvelopeIcon, [
				{ field: 'title', direction: 'asc' },
			]),
			S.divider(),
			S.listItem()
				.id(SITE_SETTINGS_ID)
				.title('Innstillinger')
				.icon(CogIcon)
				.child(
					S.document()
						.schemaType('siteSettings')
						.documentId(SITE_SETTINGS_ID)
						.title('Innstillinger'),
				),
			S.listItem()
				.id('veiledning')
				.title('Slik publiserer du')
				.icon(HelpCircleIcon)
				.child(S.component(guidePane(guideUrl)).id('veiledning').title('Slik publiserer du')),
		]);
