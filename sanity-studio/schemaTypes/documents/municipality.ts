import { PinIcon } from '@sanity/icons/Pin';
import { defineField, defineType } from 'sanity';
import { slugField } from '../../lib/fields';

/** Kommunenummer: four digits, fylkesnummer: two; kept as strings because leading zeros matter. */
const NUMBER_PATTERN = /^(\d{2}|\d{4})$/;

export const municipality = defineType({
	name: 'municipality',
	title: 'Kommune',
	type: 'document',
	icon: PinIcon,
	fields: [
		defineField({
			name: 'name',
			title: 'Navn',
			type: 'string',
			validation: (rule) => rule.required().error('Skriv navnet på kommunen.'),
		}),
		slugField({ source: 'name' }),
		defineField({
			name: 'number',
			title: 'Kommunenummer',
			description: 'Fire sifre for kommuner (f.eks. 5001), to for fylkeskommunen (50).',
			type: 'string',
			validation: (rule) => [
				rule.required().error('Skriv kommunenummeret.'),
				rule
					.regex(NUMBER_PATTERN)
					.error('Kommunenummer er fire sifre (f.eks. 5001), fylkesnummer to (f.eks. 50).'),
			],
		}),
		defineField({
			name: 'kind',
			title: 'Type',
			type: 'string',
			options: {
				list: [
					{ value: 'municipality', title: 'Kommune' },
					{ value: 'county', title: 'Fylkeskommune' },
				],
				layout: 'radio',
				direction: 'horizontal',
			},
			initialValue: 'municipality',
			validation: (rule) => rule.required().error('Velg kommune eller fylkeskommune.'),
		}),
	],
	orderings: [
		{ title: 'navn (A–Å)', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] },
		{ title: 'kommunenummer', name: 'numberAsc', by: [{ field: 'number', direction: 'asc' }] },
	],
	preview: {
		select: { title: 'name', number: 'number', kind: 'kind' },
		prepare: ({ title, number, kind }) => ({
			title: title || 'Uten navn',
			subtitle: [kind === 'county' ? 'Fylkeskommune' : 'Kommune', number].filter(Boolean).join(' '),
		}),
	},
});
