import { defineArrayMember, defineField, defineType } from 'sanity';
import { PLAIN_LANGUAGE_DEFAULTS } from '../../../src/lib/plain-language/index.ts';
import { WRITTEN_STANDARDS } from '../../lib/languages';

/** The office's settings for the plain-language assistant: LIX targets and its own heavy words. */
export const plainLanguageSettings = defineType({
	name: 'plainLanguageSettings',
	title: 'Klarspråk',
	type: 'object',
	description:
		'Klarspråkhjelpen viser LIX (lesbarhetsindeks), lange setninger og tunge ord under brødteksten og ingressen. Den gir bare råd og stopper aldri publisering.',
	fields: [
		defineField({
			name: 'bodyLix',
			title: 'LIX-mål for brødtekst',
			description: `Hjelpen varsler når brødteksten har denne LIX-en eller høyere. Uten verdi: ${PLAIN_LANGUAGE_DEFAULTS.bodyLix}.`,
			type: 'number',
			validation: (rule) => rule.min(20).max(70).error('Velg et mål mellom 20 og 70.'),
		}),
		defineField({
			name: 'excerptLix',
			title: 'LIX-mål for ingress',
			description: `Uten verdi: ${PLAIN_LANGUAGE_DEFAULTS.excerptLix}.`,
			type: 'number',
			validation: (rule) => rule.min(20).max(70).error('Velg et mål mellom 20 og 70.'),
		}),
		defineField({
			name: 'extraWords',
			title: 'Egne tunge ord',
			description:
				'Ord kontoret vil unngå, i tillegg til den innebygde listen. Sett * etter ordet for å finne bøyde former også (f.eks. «operasjonalisere*»).',
			type: 'array',
			of: [
				defineArrayMember({
					name: 'heavyWord',
					title: 'Tungt ord',
					type: 'object',
					fields: [
						defineField({
							name: 'word',
							title: 'Ord eller uttrykk',
							type: 'string',
							validation: (rule) => rule.required().error('Skriv ordet.'),
						}),
						defineField({
							name: 'alternative',
							title: 'Skriv heller',
							type: 'string',
							validation: (rule) => rule.required().error('Skriv et enklere ord.'),
						}),
						defineField({
							name: 'language',
							title: 'Målform',
							type: 'string',
							options: {
								list: [...WRITTEN_STANDARDS, { title: 'Begge', value: 'both' }],
								layout: 'radio',
								direction: 'horizontal',
							},
							initialValue: 'both',
						}),
					],
					preview: {
						select: { title: 'word', subtitle: 'alternative' },
						prepare: ({ title, subtitle }) => ({ title, subtitle: subtitle && `→ ${subtitle}` }),
					},
				}),
			],
		}),
	],
});
