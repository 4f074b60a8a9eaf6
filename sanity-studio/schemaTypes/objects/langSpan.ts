import { TranslateIcon } from '@sanity/icons/Translate';
import { defineField, defineType } from 'sanity';
import { LangAnnotation } from '../../components/LangAnnotation';
import { PART_LANGUAGES } from '../../lib/languages';

/**
 * The «Språk» annotation: marks a part of a text as written in another language (WCAG 2.1
 * 3.1.2, language of parts). The site renders it as `<span lang="…">`.
 */
export const langSpan = defineType({
	name: 'lang',
	title: 'Språk',
	type: 'object',
	icon: TranslateIcon,
	components: { annotation: LangAnnotation },
	fields: [
		defineField({
			name: 'lang',
			title: 'Språket i den merkede teksten',
			description:
				'Skjermlesere uttaler teksten på dette språket, og orddeling følger det. Skriv aldri tekst på et språk ingen hos dere kan kontrollere.',
			type: 'string',
			options: { list: [...PART_LANGUAGES], layout: 'radio' },
			validation: (rule) => rule.required().error('Velg språket i den merkede teksten.'),
		}),
	],
	preview: { select: { title: 'lang' } },
});
