import { LinkIcon } from '@sanity/icons/Link';
import { defineField, defineType } from 'sanity';
import { LINK_SCHEMES } from '../../lib/validation';

export const link = defineType({
	name: 'link',
	title: 'Lenke',
	type: 'object',
	icon: LinkIcon,
	fields: [
		defineField({
			name: 'href',
			title: 'Adresse',
			description: 'https://…, mailto:navn@example.no eller tel:+4712345678.',
			type: 'url',
			validation: (rule) => [
				rule.required().error('Skriv inn adressen lenken skal gå til.'),
				rule
					.uri({ scheme: LINK_SCHEMES })
					.error(
						'Lenken må begynne med https://, http://, mailto: eller tel:. Andre lenker vises ikke på nettsiden.',
					),
			],
		}),
	],
});
