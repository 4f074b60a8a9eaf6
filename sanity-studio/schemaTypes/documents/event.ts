import { CalendarIcon } from '@sanity/icons/Calendar';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { TIME_ZONE } from '../../lib/constants';
import { checkEventEnd, checkRegistrationDeadline } from '../../lib/event-dates';
import { formatDateNb } from '../../lib/dates';
import { slugField } from '../../lib/fields';
import { languageField } from '../../lib/languages';
import { checkPlainLanguage, checkTitleLength } from '../../lib/plain-language';
import { plainLanguageInput } from '../../components/PlainLanguageInput';

const DATETIME = { dateFormat: 'D. MMMM YYYY', timeFormat: 'HH:mm', displayTimeZone: TIME_ZONE };
const WEB_ADDRESS = 'Adressen må begynne med https:// eller http://.';

export const event = defineType({
	name: 'event',
	title: 'Arrangement',
	type: 'document',
	icon: CalendarIcon,
	groups: [
		{ name: 'content', title: 'Innhold', default: true },
		{ name: 'place', title: 'Sted og påmelding' },
		{ name: 'details', title: 'Tema og kommuner' },
	],
	fields: [
		defineField({
			name: 'title',
			title: 'Tittel',
			type: 'string',
			group: 'content',
			validation: (rule) => [
				rule.required().error('Arrangementet må ha en tittel.'),
				rule.custom(checkTitleLength).warning(),
			],
		}),
		slugField({
			source: 'title',
			description: 'Siste del av nettadressen, f.eks. arena-trondelag-2023. Lages fra tittelen.',
			group: 'content',
		}),
		defineField({
			name: 'start',
			title: 'Start',
			description: 'Dato og klokkeslett i norsk tid.',
			type: 'datetime',
			group: 'content',
			options: DATETIME,
			validation: (rule) => rule.required().error('Velg når arrangementet starter.'),
		}),
		defineField({
			name: 'end',
			title: 'Slutt',
			description: 'Når arrangementet slutter. For heldagsarrangementer: siste dag.',
			type: 'datetime',
			group: 'content',
			options: DATETIME,
			validation: (rule) =>
				rule.custom((end, context) =>
					checkEventEnd(end, context.document as { start?: string; allDay?: boolean }),
				),
		}),
		defineField({
			name: 'allDay',
			title: 'Heldagsarrangement',
			description: 'Vises med dato uten klokkeslett på nettsiden og i kalenderen.',
			type: 'boolean',
			group: 'content',
			initialValue: false,
		}),
		defineField({
			name: 'description',
			title: 'Beskrivelse',
			description: 'Program, målgruppe og praktisk informasjon.',
			type: 'blockContent',
			group: 'content',
			components: { input: plainLanguageInput('body') },
			validation: (rule) => rule.custom(checkPlainLanguage('body')).warning(),
		}),
		languageField({
			description: 'Bokmål eller nynorsk: språket i tittelen og beskrivelsen.',
			group: 'content',
		}),
		defineField({
			name: 'location',
			title: 'Sted',
			description: 'Tomt for rene nettarrangementer.',
			type: 'object',
			group: 'place',
			fields: [
				defineField({ name: 'name', title: 'Navn på stedet', type: 'string' }),
				defineField({ name: 'address', title: 'Adresse', type: 'string' }),
			],
		}),
		defineField({
			name: 'onlineUrl',
			title: 'Lenke til strømming eller nettmøte',
			type: 'url',
			group: 'place',
			validation: (rule) => rule.uri({ scheme: ['https', 'http'] }).error(WEB_ADDRESS),
		}),
		defineField({
			name: 'registrationUrl',
			title: 'Påmeldingsskjema',
			type: 'url',
			group: 'place',
			validation: (rule) => rule.uri({ scheme: ['https', 'http'] }).error(WEB_ADDRESS),
		}),
		defineField({
			name: 'registrationDeadline',
			title: 'Påmeldingsfrist',
			description: 'Vises på nettsiden og som egen dag i kalenderfilen.',
			type: 'date',
			group: 'place',
			options: { dateFormat: 'D. MMMM YYYY' },
			validation: (rule) =>
				rule.custom((deadline, context) =>
					checkRegistrationDeadline(deadline, context.document as { start?: string }),
				),
		}),
		defineField({
			name: 'relatedPosts',
			title: 'Relaterte innlegg',
			description: 'Innleggene viser arrangementet under «Arrangementer».',
			type: 'array',
			group: 'details',
			of: [defineArrayMember({ type: 'reference', to: [{ type: 'post' }] })],
			validation: (rule) => rule.unique().error('Samme innlegg er valgt to ganger.'),
		}),
		defineField({
			name: 'topics',
			title: 'Tema',
			type: 'array',
			group: 'details',
			of: [defineArrayMember({ type: 'reference', to: [{ type: 'topic' }] })],
			validation: (rule) => rule.unique().error('Samme tema er valgt to ganger.'),
		}),
		defineField({
			name: 'allMunicipalities',
			title: 'For alle kommuner i Trøndelag',
			description: 'Kryss av når arrangementet er for alle; da brukes ikke listen under.',
			type: 'boolean',
			group: 'details',
			initialValue: false,
		}),
		defineField({
			name: 'municipalities',
			title: 'Kommuner',
			description: 'Kommunene eller fylkeskommunen arrangementet er for.',
			type: 'array',
			group: 'details',
			of: [defineArrayMember({ type: 'reference', to: [{ type: 'municipality' }] })],
			hidden: ({ document }) => Boolean(document?.allMunicipalities),
			validation: (rule) => rule.unique().error('Samme kommune er valgt to ganger.'),
		}),
	],
	orderings: [
		{
			title: 'start, nyeste først',
			name: 'startDesc',
			by: [{ field: 'start', direction: 'desc' }],
		},
		{ title: 'start, eldste først', name: 'startAsc', by: [{ field: 'start', direction: 'asc' }] },
	],
	preview: {
		select: { title: 'title', start: 'start', place: 'location.name' },
		prepare: ({ title, start, place }) => ({
			title: title || 'Uten tittel',
			subtitle: [formatDateNb(start) ?? 'uten dato', place].filter(Boolean).join(' · '),
		}),
	},
});
