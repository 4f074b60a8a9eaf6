export { slugify } from '../../src/lib/slugify.ts';
/** Trøndelag's municipalities and county today: the one list in src/lib/municipality-numbers.ts. */
export { MUNICIPALITIES } from '../../src/lib/municipality-numbers.ts';
import { COUNTY_NUMBER, municipalityName } from '../../src/lib/municipality-numbers.ts';

export const COUNTY: [string, string] = [COUNTY_NUMBER, municipalityName(COUNTY_NUMBER)!];
