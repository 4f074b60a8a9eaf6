import { UsersIcon } from '@sanity/icons/Users';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { ROLES } from '../../../src/lib/roles';
import { slugField } from '../../lib/fields';

/**
 * «Mottakergruppe»: who a newsletter goes to, by role, municipality and topic. The addresses are
 * never here: they live in the publish server's subscriber database, and the server writes how
 * many each group reaches now into the group's status (`status.audience.<id>`).
 */
export const audience = defineType({
	name: 'audience',
	title: 'Mottakergruppe',
	type: 'document',
	icon: UsersIcon,
	fields: [
		defineField({
			name: 'title',
			title: 'Navn',
			description:
				'Vises når du velger mottakere for et nyhetsbrev, f.eks. «HR-/personalledere i Trøndelag».',
			type: 'string',
			validation: (rule) => rule.required().error('Gi mottakergruppen et navn.'),
		}),
		slugField({
			source: 'title',
			description:
				'Kort navn til kommandolinjen (npm run newsletter -- send <sak> --audience <slug>).',
		}),
		defineField({
			name: 'roles',
			title: 'Roller',
			description:
				'Abonnenter med minst én av rollene kommer med. Velger du ingen, kommer alle roller med.',
			type: 'array',
			of: [defineArrayMember({ type: 'string' })],
			options: { list: ROLES.map(({ value, title }) => ({ value, title })), layout: 'grid' },
			validation: (rule) => rule.unique().error('Samme rolle er valgt to ganger.'),
		}),
		defineField({
			name: 'allMunicipalities',
			title: 'Alle kommuner',
			description:
				'Alle kommunene og fylkeskommunen i Trøndelag, og abonnenter uten kommune. Slå av for å velge kommuner.',
			type: 'boolean',
			initialValue: true,
		}),
		defineField({
			name: 'municipalities',
			title: 'Kommuner',
			description: 'Bare abonnenter i disse kommunene (eller fylkeskommunen) kommer med.',
			type: 'array',
			hidden: ({ document }) => document?.allMunicipalities !== false,
			of: [defineArrayMember({ type: 'reference', to: [{ type: 'municipality' }] })],
			validation: (rule) => [
				rule.unique().error('Samme kommune er valgt to ganger.'),
				rule.custom((value, context) =>
					context.document?.allMunicipalities === false && !value?.length
						? 'Velg minst én kommune, eller slå på «Alle kommuner».'
						: true,
				),
			],
		}),
		defineField({
			name: 'topics',
			title: 'Tema',
			description: 'Valgfritt: bare abonnenter som følger minst ett av temaene. Tomt betyr alle.',
			type: 'array',
			of: [defineArrayMember({ type: 'reference', to: [{ type: 'topic' }] })],
			validation: (rule) => rule.unique().error('Samme tema er valgt to ganger.'),
		}),
	],
	preview: {
		select: { title: 'title', roles: 'roles', all: 'allMunicipalities' },
		prepare: ({ title, roles, all }) => ({
			title: title || 'Uten navn',
			subtitle: [
				(roles as string[] | undefined)?.length
					? (roles as string[]).map((r) => ROLES.find((x) => x.value === r)?.title ?? r).join(', ')
					: 'Alle roller',
				all === false ? 'utvalgte kommuner' : 'alle kommuner',
			].join(' · '),
		}),
	},
});
