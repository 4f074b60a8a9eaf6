export { slugify } from '../../src/lib/slugify.ts';
/** Trøndelag's municipalities and county today (kommunenummer as strings). */
export const MUNICIPALITIES: Array<[number: string, name: string]> = [
	['5001', 'Trondheim'], ['5006', 'Steinkjer'], ['5007', 'Namsos'], ['5014', 'Frøya'],
	['5020', 'Osen'], ['5021', 'Oppdal'], ['5022', 'Rennebu'], ['5025', 'Røros'],
	['5026', 'Holtålen'], ['5027', 'Midtre Gauldal'], ['5028', 'Melhus'], ['5029', 'Skaun'],
	['5031', 'Malvik'], ['5032', 'Selbu'], ['5033', 'Tydal'], ['5034', 'Meråker'],
	['5035', 'Stjørdal'], ['5036', 'Frosta'], ['5037', 'Levanger'], ['5038', 'Verdal'],
	['5041', 'Snåsa'], ['5042', 'Lierne'], ['5043', 'Røyrvik'], ['5044', 'Namsskogan'],
	['5045', 'Grong'], ['5046', 'Høylandet'], ['5047', 'Overhalla'], ['5049', 'Flatanger'],
	['5052', 'Leka'], ['5053', 'Inderøy'], ['5054', 'Indre Fosen'], ['5055', 'Heim'],
	['5056', 'Hitra'], ['5057', 'Ørland'], ['5058', 'Åfjord'], ['5059', 'Orkland'],
	['5060', 'Nærøysund'], ['5061', 'Rindal'],
];

export const COUNTY: [string, string] = ['50', 'Trøndelag fylkeskommune'];

/** The recipients of the 2020 Debattheft e-mail, mapped to today's municipalities. */
export const DEBATTHEFT_RECIPIENTS = [
	'Frosta', 'Frøya', 'Grong', 'Heim', 'Hitra', 'Holtålen', 'Høylandet', 'Leka', 'Levanger', 'Lierne',
	'Malvik', 'Melhus', 'Namsos', 'Namsskogan', 'Oppdal', 'Orkland', 'Overhalla', 'Rennebu', 'Rindal',
	'Røros', 'Røyrvik', 'Selbu', 'Skaun', 'Snåsa', 'Steinkjer', 'Trondheim', 'Verdal', 'Nærøysund',
	'Trøndelag fylkeskommune',
];
