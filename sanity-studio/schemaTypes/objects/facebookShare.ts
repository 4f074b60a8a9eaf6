import { ShareIcon } from '@sanity/icons/Share';
import { defineField, defineType } from 'sanity';

/** The longest text the site sends to Facebook (src/consts.ts FACEBOOK_TEXT_MAX_LENGTH). */
const MAX_LENGTH = 500;

/**
 * «Del på Facebook» on a post: the post goes to the organisation's Facebook Page when it is
 * published (the site's /facebook.xml, read by the Facebook poster and by RSS-to-Facebook tools).
 */
export const facebookShare = defineType({
	name: 'facebookShare',
	title: 'Facebook',
	type: 'object',
	icon: ShareIcon,
	options: { collapsible: true, collapsed: false },
	fields: [
		defineField({
			name: 'share',
			title: 'Del på Facebook',
			description:
				'Legger innlegget ut på Facebook-siden vår når det er publisert på nettsiden, med lenke til saken og bildet som forhåndsvisning. Det krever at publiseringsserveren kjører med Facebook-deling slått på, med sidens id og et gyldig sidetoken, og at Facebook-appen er i live-modus; ellers skjer ingenting. Bare innlegg publisert de siste 7 dagene deles. Statusen øverst i innlegget viser om det ble delt, hoppet over eller feilet.',
			type: 'boolean',
			initialValue: false,
		}),
		defineField({
			name: 'message',
			title: 'Tekst til Facebook',
			description: `Teksten over lenken i Facebook-innlegget. Står feltet tomt, brukes ingressen. Høyst ${MAX_LENGTH} tegn.`,
			type: 'text',
			rows: 4,
			// Offered when the post is shared, and kept visible on any post that has a text.
			hidden: ({ parent, value }) => !value && (parent as { share?: boolean })?.share !== true,
			validation: (rule) =>
				rule.max(MAX_LENGTH).error(`Teksten til Facebook kan ha høyst ${MAX_LENGTH} tegn.`),
		}),
	],
});
