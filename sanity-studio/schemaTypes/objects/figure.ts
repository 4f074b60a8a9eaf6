import { ImageIcon } from '@sanity/icons/Image';
import { defineField, defineType } from 'sanity';
import { API_VERSION, DEFAULT_CREDIT, SITE_SETTINGS_ID } from '../../lib/constants';

type FigureParent = { asset?: { _ref?: string }; decorative?: boolean } | undefined;

/** True when the figure holds an image; an empty figure is "no image" and is not checked further. */
const hasImage = (parent: unknown) => Boolean((parent as FigureParent)?.asset?._ref);

export const figure = defineType({
	name: 'figure',
	title: 'Bilde',
	type: 'image',
	icon: ImageIcon,
	options: { hotspot: true },
	fields: [
		defineField({
			name: 'alt',
			title: 'Alternativ tekst',
			description:
				'Beskriv kort hva bildet viser, for dem som bruker skjermleser. Ikke gjenta bildeteksten, og ikke skriv «bilde av».',
			type: 'string',
			hidden: ({ parent }) => (parent as FigureParent)?.decorative === true,
			validation: (rule) =>
				rule.custom((alt, context) => {
					const parent = context.parent as FigureParent;
					if (!hasImage(parent) || parent?.decorative) return true;
					return alt?.trim()
						? true
						: 'Skriv en alternativ tekst, eller kryss av for at bildet er dekorativt.';
				}),
		}),
		defineField({
			name: 'caption',
			title: 'Bildetekst',
			description: 'Vises under bildet. Hvem er med, og hva skjer?',
			type: 'string',
			validation: (rule) =>
				rule
					.custom((caption, context) =>
						!hasImage(context.parent) || caption?.trim()
							? true
							: 'Bildetekst anbefales: den forteller leserne hvem og hva bildet viser.',
					)
					.warning(),
		}),
		defineField({
			name: 'credit',
			title: 'Fotograf',
			description: 'Bare navnet, f.eks. «KS». Nettsiden skriver «Foto:» foran.',
			type: 'string',
			initialValue: async (_params, { getClient }) =>
				(await getClient({ apiVersion: API_VERSION }).fetch<string | null>(
					'*[_id == $id][0].defaultCredit',
					{ id: SITE_SETTINGS_ID },
				)) ?? DEFAULT_CREDIT,
			validation: (rule) =>
				rule
					.custom((credit) =>
						/^\s*foto\s*:/i.test(credit ?? '')
							? 'Skriv bare navnet: «Foto:» legges til automatisk og fjernes på nettsiden.'
							: true,
					)
					.warning(),
		}),
		defineField({
			name: 'decorative',
			title: 'Dekorativt bilde',
			description:
				'Kryss av bare hvis bildet er pynt uten innhold. Skjermlesere hopper da over det.',
			type: 'boolean',
		}),
	],
	preview: {
		select: { caption: 'caption', alt: 'alt', media: 'asset' },
		prepare: ({ caption, alt, media }) => ({
			title: caption || alt || 'Bilde uten tekst',
			subtitle: alt && caption ? alt : undefined,
			media,
		}),
	},
});
