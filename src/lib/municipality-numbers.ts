/**
 * Trøndelag's municipalities and county today by kommunenummer (strings: leading zeros matter), and
 * the ones merged away (2018 and 2020 reforms) mapped to today's, so an old list still lands right
 * (DESIGN.md "municipality"). Used by the seed, the CSV import and the sign-up form.
 * @see https://www.ssb.no/klass/klassifikasjoner/131 (SSB's municipality classification and changes)
 */
export const COUNTY_NUMBER = '50';

/** [number, name] of today's county and municipalities. */
export const MUNICIPALITIES: ReadonlyArray<readonly [number: string, name: string]> = [
	['5001', 'Trondheim'],
	['5006', 'Steinkjer'],
	['5007', 'Namsos'],
	['5014', 'Frøya'],
	['5020', 'Osen'],
	['5021', 'Oppdal'],
	['5022', 'Rennebu'],
	['5025', 'Røros'],
	['5026', 'Holtålen'],
	['5027', 'Midtre Gauldal'],
	['5028', 'Melhus'],
	['5029', 'Skaun'],
	['5031', 'Malvik'],
	['5032', 'Selbu'],
	['5033', 'Tydal'],
	['5034', 'Meråker'],
	['5035', 'Stjørdal'],
	['5036', 'Frosta'],
	['5037', 'Levanger'],
	['5038', 'Verdal'],
	['5041', 'Snåsa'],
	['5042', 'Lierne'],
	['5043', 'Røyrvik'],
	['5044', 'Namsskogan'],
	['5045', 'Grong'],
	['5046', 'Høylandet'],
	['5047', 'Overhalla'],
	['5049', 'Flatanger'],
	['5052', 'Leka'],
	['5053', 'Inderøy'],
	['5054', 'Indre Fosen'],
	['5055', 'Heim'],
	['5056', 'Hitra'],
	['5057', 'Ørland'],
	['5058', 'Åfjord'],
	['5059', 'Orkland'],
	['5060', 'Nærøysund'],
	['5061', 'Rindal'],
];

/** Old [number, name] → today's number: the municipalities merged in 2018 and 2020. */
export const MERGED: ReadonlyArray<readonly [oldNumber: string, oldName: string, today: string]> = [
	['1571', 'Halsa', '5055'],
	['5011', 'Hemne', '5055'],
	['5012', 'Snillfjord', '5059'],
	['5024', 'Orkdal', '5059'],
	['5023', 'Meldal', '5059'],
	['5016', 'Agdenes', '5059'],
	['5039', 'Verran', '5006'],
	['5004', 'Steinkjer', '5006'],
	['5005', 'Namsos', '5007'],
	['5040', 'Namdalseid', '5007'],
	['5048', 'Fosnes', '5007'],
	['5050', 'Vikna', '5060'],
	['5051', 'Nærøy', '5060'],
	['5030', 'Klæbu', '5001'],
	['5013', 'Hitra', '5056'],
	['5019', 'Roan', '5058'],
	['5018', 'Åfjord', '5058'],
	['5017', 'Bjugn', '5057'],
	['5015', 'Ørland', '5057'],
	['1567', 'Rindal', '5061'],
];

const TODAY = new Map(MUNICIPALITIES);
const byName = new Map<string, string>([
	...MUNICIPALITIES.map(([n, name]) => [name.toLowerCase(), n] as const),
	...MERGED.filter(([, name]) => !TODAY.has(name)).map(
		([, name, today]) => [name.toLowerCase(), today] as const,
	),
	['trøndelag fylkeskommune', COUNTY_NUMBER],
	['trøndelag', COUNTY_NUMBER],
]);
const byOldNumber = new Map(MERGED.map(([old, , today]) => [old, today] as const));

/** Today's kommunenummer for a number or name, old (merged) ones mapped; null when unknown. */
export function todaysNumber(value: string): string | null {
	const v = value.trim();
	if (v === COUNTY_NUMBER) return COUNTY_NUMBER;
	const padded = /^\d{3}$/.test(v) ? `0${v}` : v;
	if (TODAY.has(padded)) return padded;
	return byOldNumber.get(padded) ?? byName.get(v.toLowerCase()) ?? null;
}

/** The name of today's number ("Trøndelag fylkeskommune" for the county). */
export function municipalityName(number: string): string | undefined {
	return number === COUNTY_NUMBER ? 'Trøndelag fylkeskommune' : TODAY.get(number);
}
