import { CogIcon } from '@sanity/icons/Cog';
import { defineField, defineType, type UrlRule } from 'sanity';
import { DEFAULT_CREDIT, TIME_ZONE } from '../../lib/constants';
import { phoneField } from '../../lib/fields';
import { languageField } from '../../lib/languages';
import { checkPlainLanguage } from '../../lib/plain-language';

type LogoParent = { asset?: { _ref?: string } } | undefined;
const httpsOnly = (rule: UrlRule) =>
	rule.uri({ scheme: ['https'] }).error('Adressen må begynne med https://.');

export const siteSettings = defineType({
	name: 'siteSettings',
	title: 'Innstillinger',
	type: 'document',
	icon: CogIcon,
	groups: [
		{ name: 'site', title: 'Nettstedet', default: true },
		{ name: 'front', title: 'Forside' },
		{ name: 'contact', title: 'Kontakt og ansvar' },
		{ name: 'images', title: 'Logo og bilder' },
		{ name: 'accessibility', title: 'Tilgjengelighet' },
		{ name: 'language', title: 'Språk og klarspråk' },
		{ name: 'newsletter', title: 'Nyhetsbrev' },
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
			name: 'shortName',
			title: 'Kort navn',
			description:
				'Står etter sidetittelen i nettleserfanen og i søkeresultater, f.eks. «Sakstittel – KS Trøndelag». Også navnet under ikonet på mobilens hjemskjerm.',
			type: 'string',
			group: 'site',
			validation: (rule) =>
				rule.max(30).warning('Hold det korte navnet under 30 tegn, ellers kuttes det i faner.'),
		}),
		defineField({
			name: 'description',
			title: 'Beskrivelse',
			description: 'Én–to setninger om hva nettstedet er. Brukes i søkemotorer og RSS.',
			type: 'text',
			rows: 3,
			group: 'site',
			// Read like an ingress, in the settings' own standard (`language`).
			validation: (rule) => [
				rule
					.max(160)
					.warning('Hold beskrivelsen under 160 tegn, ellers kuttes den i søkeresultater.'),
				rule.custom(checkPlainLanguage('excerpt')).warning(),
			],
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
			name: 'mainSiteUrl',
			title: 'Organisasjonens hovednettsted',
			description: 'Lenkes fra bunnen av alle sider, f.eks. https://www.ks.no/.',
			type: 'url',
			group: 'site',
			validation: httpsOnly,
		}),
		defineField({
			name: 'facebookUrl',
			title: 'Facebook-side',
			description: 'Lenkes fra bunnen av alle sider.',
			type: 'url',
			group: 'site',
			validation: httpsOnly,
		}),
		defineField({
			name: 'leadStory',
			title: 'Hovedsak',
			description:
				'Saken som står øverst på forsiden. Uten valg står den nyeste saken øverst, og en sommerhilsen til 31. august eller en julehilsen til 6. januar.',
			type: 'object',
			group: 'front',
			fields: [
				defineField({
					name: 'post',
					title: 'Sak',
					description:
						'Må være publisert: et utkast eller en planlagt sak vises ikke som hovedsak.',
					type: 'reference',
					to: [{ type: 'post' }],
					// The pin must not stop anyone from unpublishing or deleting the post.
					weak: true,
					options: { disableNew: true },
				}),
				defineField({
					name: 'until',
					title: 'Hovedsak til',
					description: 'Valgfritt. Etter dette tidspunktet gjelder den vanlige regelen igjen.',
					type: 'datetime',
					options: { dateFormat: 'D. MMMM YYYY', timeFormat: 'HH:mm', displayTimeZone: TIME_ZONE },
					validation: (rule) =>
						rule
							.custom((until) =>
								until && Date.parse(until) <= Date.now()
									? 'Tidspunktet er passert: saken er ikke lenger hovedsak.'
									: true,
							)
							.warning(),
				}),
			],
		}),
		defineField({
			name: 'contact',
			title: 'Kontorets kontaktinformasjon',
			description: 'Vises nederst på alle sider.',
			type: 'object',
			group: 'contact',
			fields: [
				defineField({
					name: 'address',
					title: 'Adresse',
					description: 'Besøks- eller postadresse, én linje per linje på konvolutten.',
					type: 'text',
					rows: 3,
				}),
				defineField({ name: 'email', title: 'E-post', type: 'email' }),
				phoneField(),
			],
		}),
		defineField({
			name: 'responsibleEditor',
			title: 'Ansvarlig redaktør',
			description:
				'Navnet på den som har redaktøransvaret for nettstedet. Vises nederst på alle sider.',
			type: 'string',
			group: 'contact',
		}),
		defineField({
			name: 'logo',
			title: 'Logo',
			description:
				'Vises øverst på alle sider, på mørkeblå bakgrunn: bruk en lys versjon, helst SVG. Nettstedet lager ikoner (mobilens hjemskjerm, RSS, søkemotorer) av den; flytt fokuspunktet til den delen som skal bli det kvadratiske ikonet.',
			type: 'image',
			group: 'images',
			options: { hotspot: true, accept: 'image/svg+xml,image/png,image/jpeg,image/webp' },
			fields: [
				defineField({
					name: 'alt',
					title: 'Alternativ tekst',
					description: 'Det logoen sier, f.eks. «KS Trøndelag». Leses opp av skjermlesere.',
					type: 'string',
					validation: (rule) =>
						rule.custom((alt, context) =>
							!(context.parent as LogoParent)?.asset?._ref || alt?.trim()
								? true
								: 'Skriv hva logoen sier, f.eks. «KS Trøndelag».',
						),
				}),
			],
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
		languageField({
			description:
				'Målformen i tekstene på denne siden (beskrivelse, kontaktinformasjon, tilgjengelighet). Sidens knapper og overskrifter er alltid på bokmål.',
			group: 'language',
		}),
		defineField({
			name: 'plainLanguage',
			title: 'Klarspråkhjelpen',
			type: 'plainLanguageSettings',
			group: 'language',
		}),
		defineField({
			name: 'accessibility',
			title: 'Tilgjengelighetserklæring',
			type: 'accessibilitySettings',
			group: 'accessibility',
		}),
		defineField({
			name: 'newsletter',
			title: 'Nyhetsbrev',
			type: 'newsletterSettings',
			group: 'newsletter',
		}),
	],
	preview: {
		prepare: () => ({ title: 'Innstillinger' }),
	},
});
