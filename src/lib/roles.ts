/**
 * The one list of roles a subscriber can hold (issue 28): used by the newsletter database, the CSV
 * import, the sign-up form and the Studio's `audience` type. `value` is stored; `title` is the
 * Norwegian name shown to people; `aliases` are other spellings the CSV import accepts.
 */
export const ROLES = [
	{ value: 'ordforer', title: 'Ordfører', aliases: ['mayor'] },
	{ value: 'varaordforer', title: 'Varaordfører', aliases: ['deputy mayor'] },
	{
		value: 'kommunedirektor',
		title: 'Kommunedirektør',
		aliases: ['rådmann', 'fylkesdirektør', 'chief executive'],
	},
	{
		value: 'hr-leder',
		title: 'HR-/personalleder',
		aliases: ['hr-leder', 'hr', 'personalleder', 'personalsjef', 'hr-sjef', 'hr leader'],
	},
	{ value: 'kommunalsjef-helse', title: 'Kommunalsjef helse og omsorg', aliases: [] },
	{ value: 'kommunalsjef-oppvekst', title: 'Kommunalsjef oppvekst', aliases: [] },
	{ value: 'okonomisjef', title: 'Økonomisjef', aliases: ['økonomileder', 'cfo'] },
	{ value: 'hovedtillitsvalgt', title: 'Hovedtillitsvalgt', aliases: [] },
	{ value: 'annen', title: 'Annen', aliases: ['other', 'annet'] },
] as const;

export type Role = (typeof ROLES)[number]['value'];

/** The stored values, in the list's order. */
export const ROLE_VALUES: readonly Role[] = ROLES.map((r) => r.value);

const byName = new Map<string, Role>(
	ROLES.flatMap((r) =>
		[r.value, r.title, ...r.aliases].map((name) => [name.toLowerCase(), r.value] as const),
	),
);

/** The role a value, title or alias names (case-insensitive), or null. */
export function parseRole(name: string): Role | null {
	return byName.get(name.trim().toLowerCase()) ?? null;
}

/** The Norwegian title of a stored role value. */
export const roleTitle = (value: Role): string => ROLES.find((r) => r.value === value)!.title;
