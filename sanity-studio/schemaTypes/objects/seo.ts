import { SearchIcon } from '@sanity/icons/Search';
import { defineField, defineType } from 'sanity';

export const seo = defineType({
	name: 'seo',
	title: 'Deling og søk',
	description:
		'Valgfritt. Overstyrer tittel, beskrivelse og bilde i Facebook-forhåndsvisninger og søkemotorer.',
	type: 'object',
	icon: SearchIcon,
	options: { collapsible: true, collapsed: true },
	fields: [
		defineField({
			name: 'title',
			title: 'Tittel ved deling',
			type: 'string',
			validation: (rule) =>
				rule.max(70).warning('Titler over 70 tegn blir ofte kuttet i søkeresultater.'),
		}),
		defineField({
			name: 'description',
			title: 'Beskrivelse ved deling',
			type: 'text',
			rows: 3,
			validation: (rule) =>
				rule
					.max(160)
					.warning('Hold beskrivelsen under 160 tegn, ellers kuttes den i forhåndsvisninger.'),
		}),
		defineField({
			name: 'image',
			title: 'Bilde ved deling',
			description: 'Brukes i stedet for hovedbildet når saken deles.',
			type: 'figure',
		}),
	],
});
