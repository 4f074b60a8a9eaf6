/**
 * E-mail addresses as the newsletter stores them: trimmed, the domain lower-cased and
 * IDNA-normalised (UTS #46 via WHATWG URL's domainToASCII: «kommune.nø» → «kommune.xn--n-4ga»),
 * the local part kept as typed (RFC 5321 §2.4: it may be case-sensitive). No quoted local parts,
 * no spaces, no comments: a role list never needs them and they hide typing errors.
 */
import { createHash } from 'node:crypto';
import { domainToASCII } from 'node:url';

export type AddressResult = { ok: true; address: string } | { ok: false; reason: string };

const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Normalises an address or says why it is not one (Norwegian reason). */
export function normaliseAddress(raw: string): AddressResult {
	const value = raw.trim();
	if (!value) return { ok: false, reason: 'e-postadressen mangler' };
	if (/\s/.test(value)) return { ok: false, reason: 'e-postadressen inneholder mellomrom' };
	const at = value.lastIndexOf('@');
	if (at < 1 || at === value.length - 1 || value.indexOf('@') !== at)
		return { ok: false, reason: 'e-postadressen må ha nøyaktig én @ med tekst på begge sider' };
	const local = value.slice(0, at);
	if (!LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..'))
		return { ok: false, reason: 'ugyldige tegn før @ i e-postadressen' };
	const domain = domainToASCII(value.slice(at + 1).toLowerCase());
	const labels = domain.split('.');
	if (!domain || labels.length < 2 || !labels.every((l) => LABEL.test(l)))
		return { ok: false, reason: 'ugyldig domene i e-postadressen' };
	if (local.length > 64 || local.length + domain.length + 1 > 254)
		return { ok: false, reason: 'e-postadressen er for lang' };
	return { ok: true, address: `${local}@${domain}` };
}

/**
 * The hash kept of a forgotten address (SHA-256 of the lower-cased address), so a later import
 * does not add it silently again. It identifies nobody unless one already knows the address.
 */
export function addressHash(address: string): string {
	return createHash('sha256').update(address.toLowerCase()).digest('hex');
}
