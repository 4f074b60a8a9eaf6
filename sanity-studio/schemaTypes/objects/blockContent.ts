import { defineArrayMember, defineType } from 'sanity';

/** Portable text for post bodies: the styles, lists and marks the site renders, plus figures and attachments. */
export const blockContent = defineType({
	name: 'blockContent',
	title: 'Brødtekst',
	type: 'array',
	of: [
		defineArrayMember({
			type: 'block',
			styles: [
				{ title: 'Avsnitt', value: 'normal' },
				{ title: 'Mellomtittel', value: 'h2' },
				{ title: 'Undertittel', value: 'h3' },
				{ title: 'Sitat', value: 'blockquote' },
			],
			lists: [
				{ title: 'Punktliste', value: 'bullet' },
				{ title: 'Nummerert liste', value: 'number' },
			],
			marks: {
				decorators: [
					{ title: 'Fet', value: 'strong' },
					{ title: 'Kursiv', value: 'em' },
				],
				// A pasted address, a post or topic on this site (internalLink), a part in another
				// language (lang: WCAG 2.1 3.1.2).
				annotations: [
					defineArrayMember({ type: 'link' }),
					defineArrayMember({ type: 'internalLink' }),
					defineArrayMember({ type: 'lang' }),
				],
			},
		}),
		defineArrayMember({
			type: 'figure',
			validation: (rule) =>
				rule.custom((value: { asset?: { _ref?: string } } | undefined) =>
					!value || value.asset?._ref ? true : 'Velg et bilde, eller fjern bildeblokken.',
				),
		}),
		defineArrayMember({ type: 'attachment' }),
	],
});
