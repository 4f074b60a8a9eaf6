/**
 * Phone numbers as editors type them ("912 34 567", "+47 912 34 567", "0047 91234567") and as
 * they are stored: E.164 (ITU-T E.164), a "+", the country code and the number, no spaces.
 * A bare eight-digit number is Norwegian (+47); a number with "+" or "00" keeps its country code.
 */

/** What is stored: E.164, "+" and 7–15 digits, no leading zero in the country code. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/** Norway's country code; eight-digit numbers without a country code are Norwegian. */
const NORWAY = '47';

/** Returns `value` in E.164 ("+4791234567"), or null when it is not a phone number we understand. */
export function normalizePhone(value: string | null | undefined): string | null {
	if (typeof value !== 'string') return null;
	const compact = value.trim().replace(/[\s().\-\u00a0]/g, '');
	let digits: string;
	if (compact.startsWith('+')) digits = compact.slice(1);
	else if (compact.startsWith('00')) digits = compact.slice(2);
	else if (/^\d{8}$/.test(compact)) digits = `${NORWAY}${compact}`;
	else return null;
	if (!/^\d+$/.test(digits)) return null;
	// A Norwegian number has exactly eight digits after +47.
	if (digits.startsWith(NORWAY) && digits.length !== NORWAY.length + 8) return null;
	const e164 = `+${digits}`;
	return E164_PATTERN.test(e164) ? e164 : null;
}

/** The Studio's rule for a phone field: empty, or a number `normalizePhone` understands. */
export function checkPhone(value: string | undefined): true | string {
	if (!value?.trim()) return true;
	return normalizePhone(value)
		? true
		: 'Skriv et telefonnummer, f.eks. 912 34 567 eller +47 912 34 567 (utenlandske numre med landkode).';
}
