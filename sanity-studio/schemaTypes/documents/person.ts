import { UserIcon } from '@sanity/icons/User';
import { defineField, defineType } from 'sanity';

/** Phone numbers are stored with country code and no spaces; the site formats them as "+47 …". */
const PHONE_PATTERN = /^\+[1-9]\d{6,14}$/;

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
		defineField({
			name: 'phone',
			title: 'Telefon',
			description: 'Med landkode og uten mellomrom, f.eks. +4791234567.',
			type: 'string',
			validation: (rule) =>
				rule.custom((phone) =>
					!phone || PHONE_PATTERN.test(phone)
						? true
						: 'Skriv nummeret med landkode og uten mellomrom, f.eks. +4791234567.',
				),
		}),
		defineField({
			name: 'image',
			title: 'Bilde',
			type: 'figure',
		}),
	],
	preview: {
		select: { title: 'name', subtitle: 'role', media: 'image' },
	},
});
