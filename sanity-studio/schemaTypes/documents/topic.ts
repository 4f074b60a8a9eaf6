import { TagIcon } from '@sanity/icons/Tag';
import { defineField, defineType } from 'sanity';
import { slugField } from '../../lib/fields';

export const topic = defineType({
	name: 'topic',
	title: 'Tema',
	type: 'document',
	icon: TagIcon,
	fields: [
		defineField({
			name: 'title',
			title: 'Navn',
			type: 'string',
			validation: (rule) => rule.required().error('Temaet må ha et navn.'),
		}),
		slugField({
			source: 'title',
			description: 'Brukes i nettadressen til temasiden, f.eks. /tema/ia-arbeid/.',
		}),
		defineField({
			name: 'description',
			title: 'Beskrivelse',
			description: 'Vises øverst på temasiden.',
			type: 'text',
			rows: 3,
		}),
		defineField({
			name: 'order',
			title: 'Rekkefølge',
			description: 'Valgfritt. Lave tall vises først i temalisten.',
			type: 'number',
			validation: (rule) => rule.integer().min(0).error('Bruk et helt tall fra 0 og oppover.'),
		}),
	],
	orderings: [
		{ title: 'rekkefølge', name: 'orderAsc', by: [{ field: 'order', direction: 'asc' }] },
		{ title: 'navn (A–Å)', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
	],
	preview: {
		select: { title: 'title', subtitle: 'description' },
	},
});
