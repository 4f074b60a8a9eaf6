import { CogIcon } from '@sanity/icons/Cog';
import { defineField, defineType } from 'sanity';
import { DEFAULT_CREDIT } from '../../lib/constants';

export const siteSettings = defineType({
	name: 'siteSettings',
	title: 'Innstillinger',
	type: 'document',
	icon: CogIcon,
	groups: [
		{ name: 'site', title: 'Nettstedet', default: true },
		{ name: 'images', title: 'Bilder' },
		{ name: 'accessibility', title: 'Tilgjengelighet' },
	],
	fields: [
		defineField({
			name: 'title',
			title: 'Nettstedets navn',
			description: 'Vises i fanen i nettleseren, i RSS og når sider deles.',
			type: 'string',
			group: 'site',
			validation: (rule) => rule.required().error('Nettstedet må ha et navn.'),
		}),
		defineField({
			name: 'description',
			title: 'Beskrivelse',
			description: 'Én–to setninger om hva nettstedet er. Brukes i søkemotorer og RSS.',
			type: 'text',
			rows: 3,
			group: 'site',
			validation: (rule) =>
				rule
					.max(160)
					.warning('Hold beskrivelsen under 160 tegn, ellers kuttes den i søkeresultater.'),
		}),
		defineField({
			name: 'organisation',
			title: 'Organisasjon',
			type: 'string',
			group: 'site',
			initialValue: 'KS',
		}),
		defineField({
			name: 'url',
			title: 'Nettadresse',
			description: 'Hovedadressen til nettstedet, f.eks. https://trondelag.example.no.',
			type: 'url',
			group: 'site',
			validation: (rule) => [
				rule.required().error('Oppgi nettstedets adresse.'),
				rule.uri({ scheme: ['https', 'http'] }).error('Adressen må begynne med https://.'),
			],
		}),
		defineField({
			name: 'facebookUrl',
			title: 'Facebook-side',
			type: 'url',
			group: 'site',
			validation: (rule) =>
				rule.uri({ scheme: ['https'] }).error('Adressen må begynne med https://.'),
		}),
		defineField({
			name: 'newsletterSignupUrl',
			title: 'Påmelding til nyhetsbrev',
			description:
				'Adressen til påmeldingssiden i e-postverktøyet dere bruker. «Abonner på e-post» lenker hit; nettstedet samler ikke inn e-postadresser selv.',
			type: 'url',
			group: 'site',
			validation: (rule) =>
				rule.uri({ scheme: ['https', 'http'] }).error('Adressen må begynne med https://.'),
		}),
		defineField({
			name: 'logo',
			title: 'Logo',
			type: 'image',
			group: 'images',
		}),
		defineField({
			name: 'defaultImage',
			title: 'Standardbilde',
			description: 'Brukes når en side deles og ikke har eget bilde.',
			type: 'figure',
			group: 'images',
		}),
		defineField({
			name: 'defaultCredit',
			title: 'Standard fotograf',
			description:
				'Fylles inn som fotograf på nye bilder, og brukes når et bilde mangler fotograf.',
			type: 'string',
			group: 'images',
			initialValue: DEFAULT_CREDIT,
			validation: (rule) => rule.required().error('Oppgi standard fotograf, f.eks. «KS».'),
		}),
		defineField({
			name: 'accessibility',
			title: 'Tilgjengelighetserklæring',
			type: 'accessibilitySettings',
			group: 'accessibility',
		}),
	],
	preview: {
		prepare: () => ({ title: 'Innstillinger' }),
	},
});
