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
				'Legger innlegget ut på Facebook-siden vår når det publiseres, med lenke til saken og bildet som forhåndsvisning.',
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
