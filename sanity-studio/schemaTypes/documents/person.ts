import { UserIcon } from '@sanity/icons/User';
import { defineField, defineType } from 'sanity';
import { phoneField } from '../../lib/fields';

export const person = defineType({
	name: 'person',
	title: 'Person',
	type: 'document',
	icon: UserIcon,
	fields: [
		defineField({
			name: 'name',
			title: 'Navn',
			type: 'string',
			validation: (rule) => rule.required().error('Skriv navnet til personen.'),
		}),
		defineField({
			name: 'role',
			title: 'Stilling',
			description: 'F.eks. «Seniorrådgiver».',
			type: 'string',
		}),
		defineField({
			name: 'email',
			title: 'E-post',
			type: 'email',
		}),
		phoneField(),
		defineField({
			name: 'image',
			title: 'Portrett',
			description:
				'Valgfritt. Vises lite og rundt på kontaktkortet i innlegg der personen er kontaktperson. Velg et utsnitt (hotspot) rundt ansiktet.',
			type: 'figure',
		}),
	],
	preview: {
		select: { title: 'name', subtitle: 'role', media: 'image' },
	},
});
