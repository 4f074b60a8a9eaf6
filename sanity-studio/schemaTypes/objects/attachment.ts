import { DocumentPdfIcon } from '@sanity/icons/DocumentPdf';
import { defineField, defineType } from 'sanity';
import { ATTACHMENT_EXTENSIONS, assetExtension } from '../../lib/validation';

export const attachment = defineType({
	name: 'attachment',
	title: 'Vedlegg',
	type: 'object',
	icon: DocumentPdfIcon,
	fields: [
		defineField({
			name: 'file',
			title: 'Fil',
			description: 'PDF, Word (docx), Excel (xlsx), PowerPoint (pptx) eller ODT.',
			type: 'file',
			options: { accept: ATTACHMENT_EXTENSIONS.map((extension) => `.${extension}`).join(',') },
			validation: (rule) => [
				rule.required().error('Last opp filen som skal legges ved.'),
				rule.custom((file) => {
					const extension = assetExtension(file?.asset?._ref);
					return !extension || ATTACHMENT_EXTENSIONS.includes(extension)
						? true
						: 'Filtypen støttes ikke. Bruk PDF, docx, xlsx, pptx eller odt.';
				}),
			],
		}),
		defineField({
			name: 'title',
			title: 'Tittel',
			description: 'Lenketeksten leserne ser, f.eks. «Debattheft 2021».',
			type: 'string',
			validation: (rule) => rule.required().error('Gi vedlegget en tittel.'),
		}),
		defineField({
			name: 'description',
			title: 'Beskrivelse',
			description: 'Valgfri kort forklaring av hva vedlegget er.',
			type: 'string',
		}),
	],
	preview: {
		select: { title: 'title', filename: 'file.asset.originalFilename' },
		prepare: ({ title, filename }) => ({
			title: title || 'Vedlegg uten tittel',
			subtitle: filename ? `Vedlegg: ${filename}` : 'Vedlegg',
		}),
	},
});
