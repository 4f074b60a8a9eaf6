import { DocumentsIcon } from '@sanity/icons/Documents';
import { defineField, defineType } from 'sanity';

/** A link in the body text to another post or a topic page: the site builds the address, so it never goes stale. */
export const internalLink = defineType({
	name: 'internalLink',
	title: 'Lenke til sak eller tema',
	type: 'object',
	icon: DocumentsIcon,
	fields: [
		defineField({
			name: 'reference',
			title: 'Sak eller tema',
			description:
				'Velg en sak eller et tema på dette nettstedet. Adressen lages automatisk, også om tittelen endres. Lenker til saker som ikke er publisert, vises som vanlig tekst.',
			type: 'reference',
			to: [{ type: 'post' }, { type: 'topic' }],
			options: { disableNew: true },
			validation: (rule) => rule.required().error('Velg saken eller temaet lenken skal gå til.'),
		}),
	],
});
