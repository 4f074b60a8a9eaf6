import { defineField, defineType } from 'sanity';

/**
 * The newsletter's settings: the short sender name in the inbox, and who processes the
 * subscribers' addresses (the SMTP provider). The privacy page (/personvern/) says what it says
 * about the newsletter from these, so it stays true when the office changes provider.
 */
export const newsletterSettings = defineType({
	name: 'newsletterSettings',
	title: 'Nyhetsbrev',
	description: 'Grunnlaget for avsendernavnet i e-postene og for personvernsiden (/personvern/).',
	type: 'object',
	fields: [
		defineField({
			name: 'senderName',
			title: 'Avsendernavn',
			description:
				'Navnet mottakerne ser i innboksen, f.eks. «KS Trøndelag». Kort, så det vises helt på mobil.',
			type: 'string',
			initialValue: 'KS Trøndelag',
			validation: (rule) => [
				rule.required().error('Skriv avsendernavnet, f.eks. «KS Trøndelag».'),
				rule.max(40).warning('Avsendernavn over 40 tegn blir kuttet i mange innbokser.'),
			],
		}),
		defineField({
			name: 'smtpProvider',
			title: 'E-postleverandør (databehandler)',
			description:
				'Hvem som sender e-postene for oss og dermed behandler adressene, f.eks. «Microsoft (Microsoft 365, datasenter i EU)». Står på personvernsiden.',
			type: 'string',
			validation: (rule) =>
				rule
					.required()
					.error('Skriv hvem som sender e-postene (databehandleren), for personvernsiden.'),
		}),
	],
});
