import { EnvelopeIcon } from '@sanity/icons/Envelope';
import { defineArrayMember, defineField, defineType } from 'sanity';

/** Longest subject most inboxes show in full on a phone, and the preheader's useful length. */
const SUBJECT_MAX = 78;
const PREHEADER_MAX = 140;

/**
 * «E-post» on a post: whether the publish server sends the post's e-mail edition as a
 * newsletter, to which audiences, with which subject and preheader. Sent once, after the site
 * is rebuilt with the post (server/newsletter/service.ts).
 */
export const newsletterSend = defineType({
	name: 'newsletterSend',
	title: 'E-post',
	type: 'object',
	icon: EnvelopeIcon,
	options: { collapsible: false },
	fields: [
		defineField({
			name: 'send',
			title: 'Send som nyhetsbrev',
			description:
				'Sender e-postutgaven av saken til mottakergruppene under når du publiserer. Den sendes én gang, etter at nettstedet er laget på nytt med saken, så alle lenker virker. Retter du saken senere, sendes den ikke på nytt.',
			type: 'boolean',
			initialValue: false,
		}),
		defineField({
			name: 'audiences',
			title: 'Mottakere',
			description:
				'Mottakergruppene som skal få e-posten. Står noen i flere grupper, får de bare én e-post.',
			type: 'array',
			of: [defineArrayMember({ type: 'reference', to: [{ type: 'audience' }] })],
			validation: (rule) => [
				rule.unique().error('Samme mottakergruppe er valgt to ganger.'),
				rule.custom((value, context) =>
					(context.parent as { send?: boolean } | undefined)?.send && !value?.length
						? 'Velg minst én mottakergruppe, ellers sendes ingenting.'
						: true,
				),
			],
		}),
		defineField({
			name: 'subject',
			title: 'Emne',
			description: `Valgfritt. Emnefeltet i e-posten; står det tomt, brukes tittelen. Hold det under ${SUBJECT_MAX} tegn, så vises hele på mobil.`,
			type: 'string',
			validation: (rule) =>
				rule.max(SUBJECT_MAX).warning(`Emner over ${SUBJECT_MAX} tegn blir kuttet på mobil.`),
		}),
		defineField({
			name: 'preheader',
			title: 'Forhåndstekst',
			description: `Valgfritt. Linjen innboksen viser etter emnet; står den tom, brukes ingressen. Høyst ${PREHEADER_MAX} tegn.`,
			type: 'string',
			validation: (rule) =>
				rule.max(PREHEADER_MAX).error(`Forhåndsteksten kan ha høyst ${PREHEADER_MAX} tegn.`),
		}),
	],
});
