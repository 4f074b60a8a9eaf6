/**
 * Documents of the other types (municipality, person, event) that break one Studio rule each, with
 * the marker the Studio must show for them. Used by rules.test.ts with the post cases.
 */
import { byId, type RuleCase } from './rule-cases.ts';

export const otherRuleCases: RuleCase[] = [
	{
		rule: 'municipality number stored as a number',
		make: () => ({ ...byId('municipality-5001'), number: 5001 }),
		level: 'error',
		path: 'number',
		message: 'Kommunenummer er fire sifre (f.eks. 5001), fylkesnummer to (f.eks. 50).',
	},
	{
		rule: 'municipality number of three digits',
		make: () => ({ ...byId('municipality-5001'), number: '501' }),
		level: 'error',
		path: 'number',
		message: 'Kommunenummer er fire sifre (f.eks. 5001), fylkesnummer to (f.eks. 50).',
	},
	{
		// Spaces are fine ("400 00 000" is stored as +4740000000 by the input); a number that is
		// not one is not.
		rule: 'phone number that is not a number',
		make: () => ({ ...byId('person-kari-nordvik'), phone: '400 00' }),
		level: 'error',
		path: 'phone',
		message:
			'Skriv et telefonnummer, f.eks. 912 34 567 eller +47 912 34 567 (utenlandske numre med landkode).',
	},
	{
		rule: 'event that ends before it starts',
		make: () => ({ ...byId('event-strategikonferansen-2021'), end: '2021-03-02T07:00:00Z' }),
		level: 'error',
		path: 'end',
		message: 'Slutt må være etter start.',
	},
	{
		rule: 'all-day event whose last day is before its first',
		make: () => ({ ...byId('event-arena-trondelag-2023'), end: '2023-10-31T12:00:00Z' }),
		level: 'error',
		path: 'end',
		message: 'Siste dag kan ikke være før første dag.',
	},
	{
		rule: 'event registration deadline after the start',
		make: () => ({ ...byId('event-strategikonferansen-2021'), registrationDeadline: '2021-03-03' }),
		level: 'error',
		path: 'registrationDeadline',
		message: 'Påmeldingsfristen må være før arrangementet starter.',
	},
	{
		rule: 'event registration link that is not a web address',
		make: () => ({ ...byId('event-arena-trondelag-2028'), registrationUrl: 'ftp://ks.no/skjema' }),
		level: 'error',
		path: 'registrationUrl',
		message: 'Adressen må begynne med https:// eller http://.',
	},
];
