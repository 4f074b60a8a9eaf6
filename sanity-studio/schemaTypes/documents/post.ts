import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { PostStatusInput } from '../../components/PostStatusInput';
import { TIME_ZONE } from '../../lib/constants';
import { isGreeting, POST_KINDS } from '../../lib/post-kinds';
import { slugField } from '../../lib/fields';
import { languageField } from '../../lib/languages';
import { checkPlainLanguage, checkTitleLength } from '../../lib/plain-language';
import { plainLanguageInput } from '../../components/PlainLanguageInput';
import { describePost } from '../../lib/preview';

type BodyItem = { _type?: string; children?: { text?: string }[] };

/** True when the body holds any text, figure or attachment (an editor's empty paragraph is not). */
function hasText(body: unknown): boolean {
	return (Array.isArray(body) ? (body as BodyItem[]) : []).some((item) =>
		item._type === 'block' ? Boolean(item.children?.some((child) => child.text?.trim())) : true,
	);
}

export const post = defineType({
	name: 'post',
	title: 'Innlegg',
	type: 'document',
	icon: DocumentTextIcon,
	// The publish status (site, Facebook, newsletter) above the fields.
	components: { input: PostStatusInput },
	groups: [
		{ name: 'content', title: 'Innhold', default: true },
		{ name: 'details', title: 'Tema og kontakt' },
		{ name: 'seo', title: 'Deling og søk' },
		{ name: 'email', title: 'E-post' },
	],
	fields: [
		defineField({
			name: 'title',
			title: 'Tittel',
			type: 'string',
			group: 'content',
			validation: (rule) => [
				rule.required().error('Innlegget må ha en tittel.'),
				rule.custom(checkTitleLength).warning(),
			],
		}),
		slugField({
			source: 'title',
			description: 'Siste del av nettadressen, f.eks. god-sommer-2023. Lages fra tittelen.',
			group: 'content',
		}),
		defineField({
			name: 'kind',
			title: 'Type',
			type: 'string',
			group: 'content',
			options: { list: [...POST_KINDS], layout: 'radio', direction: 'horizontal' },
			initialValue: 'news',
			validation: (rule) => rule.required().error('Velg hva slags innlegg dette er.'),
		}),
		languageField({
			description:
				'Bokmål eller nynorsk. Styrer språkmerkingen på nettsiden, i e-post og i feeder, og hvilken ordliste klarspråkhjelpen bruker.',
			group: 'content',
		}),
		defineField({
			name: 'publishedAt',
			title: 'Publiseringstidspunkt',
			description:
				'Står feltet tomt, fylles det med tidspunktet du trykker «Publiser». Du kan også sette et tidspunkt selv: et tidspunkt fram i tid betyr at innlegget er planlagt og vises på nettsiden fra da.',
			type: 'datetime',
			group: 'content',
			options: { dateFormat: 'D. MMMM YYYY', timeFormat: 'HH:mm', displayTimeZone: TIME_ZONE },
			// No initial value: the draft's creation is not its publication (issue 27). The publish
			// action (sanity-studio/actions/publish-with-time.ts) fills it when it is still empty.
		}),
		defineField({
			name: 'excerpt',
			title: 'Ingress',
			description:
				'To–tre setninger. Vises øverst i saken, i lister, i RSS og når saken deles på Facebook. Høyst 300 tegn.',
			type: 'text',
			rows: 3,
			group: 'content',
			components: { input: plainLanguageInput('excerpt') },
			validation: (rule) => [
				rule.custom(checkPlainLanguage('excerpt')).warning(),
				rule
					.max(300)
					.error('Ingressen kan ha høyst 300 tegn, ellers blir den kuttet i RSS og på Facebook.'),
				rule
					.custom((excerpt) =>
						excerpt?.trim() ? true : 'Skriv en ingress. Ellers brukes første avsnitt.',
					)
					.warning(),
			],
		}),
		defineField({
			name: 'deadline',
			title: 'Svarfrist',
			description:
				'Valgfritt. Vises i en egen boks i innlegget, med hvor mange dager som er igjen, og som «utløpt» etterpå.',
			type: 'date',
			group: ['content', 'details'],
			options: { dateFormat: 'D. MMMM YYYY' },
		}),
		defineField({
			name: 'contact',
			title: 'Kontaktperson',
			description: 'Personen leserne kan kontakte. Vises på et kontaktkort nederst i innlegget.',
			type: 'reference',
			// In the first tab too, where a newsletter writer works (and under «Tema og kontakt»).
			group: ['content', 'details'],
			to: [{ type: 'person' }],
			validation: (rule) =>
				rule
					.custom((contact, context) =>
						contact || context.document?.kind !== 'newsletter'
							? true
							: 'Nyhetsbrev bør ha en kontaktperson mottakerne kan svare.',
					)
					.warning(),
		}),
		defineField({
			name: 'mainImage',
			title: 'Hovedbilde',
			type: 'figure',
			group: 'content',
		}),
		defineField({
			name: 'body',
			title: 'Brødtekst',
			type: 'blockContent',
			group: 'content',
			components: { input: plainLanguageInput('body') },
			validation: (rule) => [
				rule.custom((body) => (hasText(body) ? true : 'Brødteksten kan ikke være tom.')),
				rule.custom(checkPlainLanguage('body')).warning(),
			],
		}),
		defineField({
			name: 'signature',
			title: 'Signatur',
			description:
				'Valgfritt. Vises nederst i innlegget, f.eks. «Regiondirektør Kari Nordmann». Brukes mest i sommer- og julehilsener.',
			type: 'string',
			group: 'content',
			// Shown for greetings, and for any post that already has one.
			hidden: ({ document, value }) => !value && !isGreeting(document?.kind),
		}),
		defineField({
			name: 'topics',
			title: 'Tema',
			description: 'Innlegget vises på temasidene du velger.',
			type: 'array',
			group: 'details',
			of: [defineArrayMember({ type: 'reference', to: [{ type: 'topic' }] })],
			validation: (rule) => [
				rule.unique().error('Samme tema er valgt to ganger.'),
				rule
					.custom((topics) =>
						topics?.length ? true : 'Velg minst ett tema, så finner leserne innlegget igjen.',
					)
					.warning(),
			],
		}),
		defineField({
			name: 'allMunicipalities',
			title: 'Gjelder alle kommuner i Trøndelag',
			description:
				'Slå på når innlegget gjelder alle kommunene og fylkeskommunen, f.eks. et nyhetsbrev til alle. Da trenger du ikke velge kommunene én for én.',
			type: 'boolean',
			group: 'details',
			initialValue: false,
		}),
		defineField({
			name: 'municipalities',
			title: 'Kommuner',
			description: 'Kommunene eller fylkeskommunen innlegget gjelder.',
			type: 'array',
			group: 'details',
			// Ignored by the site when the post concerns every municipality.
			hidden: ({ document }) => document?.allMunicipalities === true,
			of: [defineArrayMember({ type: 'reference', to: [{ type: 'municipality' }] })],
			validation: (rule) => rule.unique().error('Samme kommune er valgt to ganger.'),
		}),
		defineField({
			name: 'seo',
			title: 'Deling og søk',
			type: 'seo',
			group: 'seo',
		}),
		defineField({
			name: 'facebook',
			title: 'Facebook',
			type: 'facebookShare',
			group: 'seo',
		}),
		defineField({
			name: 'newsletter',
			title: 'E-post',
			type: 'newsletterSend',
			group: 'email',
		}),
	],
	// Shown as «Sorter etter …» in the list menus.
	orderings: [
		{
			title: 'publiseringsdato, nyeste først',
			name: 'publishedAtDesc',
			by: [{ field: 'publishedAt', direction: 'desc' }],
		},
		{
			title: 'publiseringsdato, eldste først',
			name: 'publishedAtAsc',
			by: [{ field: 'publishedAt', direction: 'asc' }],
		},
		{ title: 'tittel (A–Å)', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
	],
	preview: {
		select: { title: 'title', kind: 'kind', publishedAt: 'publishedAt', media: 'mainImage' },
		prepare: ({ title, kind, publishedAt, media }) => ({
			title: title || 'Uten tittel',
			subtitle: describePost({ kind, publishedAt }),
			media: media ?? DocumentTextIcon,
		}),
	},
});
