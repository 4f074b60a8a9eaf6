/**
 * The three newsletter audiences of the seed (issue 28): roles from the one roles list
 * (src/lib/roles.ts), every municipality. Subscribers themselves are never seed data: they live in
 * the publish server's database only.
 */
import type { Role } from '../../src/lib/roles.ts';
import { slugify } from './municipalities.ts';

const AUDIENCES: Array<[id: string, title: string, roles: Role[]]> = [
	['audience-hr-personalledere', 'HR-/personalledere i Trøndelag', ['hr-leder']],
	[
		'audience-ordforere-kommunedirektorer',
		'Ordførere og kommunedirektører',
		['ordforer', 'kommunedirektor'],
	],
	['audience-alle-abonnenter', 'Alle abonnenter', []],
];

/** The audience documents. */
export const audienceDocuments = () =>
	AUDIENCES.map(([_id, title, roles]) => ({
		_id,
		_type: 'audience',
		title,
		slug: { _type: 'slug', current: slugify(title) },
		...(roles.length ? { roles } : {}),
		allMunicipalities: true,
	}));
