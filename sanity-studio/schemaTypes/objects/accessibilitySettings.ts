import { defineField, defineType } from 'sanity';

export const accessibilitySettings = defineType({
	name: 'accessibilitySettings',
	title: 'Tilgjengelighetserklæring',
	description: 'Grunnlaget for siden /tilgjengelighet/, som offentlige nettsteder må ha.',
	type: 'object',
	fields: [
		defineField({
			name: 'conformance',
			title: 'Standard',
			description: 'Hvilket nivå nettstedet skal oppfylle, f.eks. «WCAG 2.1 AA».',
			type: 'string',
			initialValue: 'WCAG 2.1 AA',
			validation: (rule) => rule.required().error('Skriv hvilken standard nettstedet følger.'),
		}),
		defineField({
			name: 'knownLimitations',
			title: 'Kjente mangler',
			description:
				'Det som ennå ikke er universelt utformet, og hva leserne kan gjøre i mellomtiden.',
			type: 'text',
			rows: 4,
		}),
		defineField({
			name: 'feedbackEmail',
			title: 'E-post for tilbakemeldinger',
			type: 'email',
			validation: (rule) =>
				rule.required().error('Oppgi en e-postadresse der leserne kan melde fra om feil.'),
		}),
		defineField({
			name: 'statementUrl',
			title: 'Erklæringen på uustatus.no',
			description:
				'Offentlige virksomheter publiserer tilgjengelighetserklæringen sin på uustatus.no. Lim inn lenken, så viser nettstedet til den.',
			type: 'url',
			validation: (rule) =>
				rule.uri({ scheme: ['https'] }).error('Adressen må begynne med https://.'),
		}),
	],
});
