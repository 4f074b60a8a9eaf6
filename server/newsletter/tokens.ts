/**
 * Signed tokens in confirm and unsubscribe links: `<payload>.<mac>`, the payload naming the
 * purpose, the subscriber id and its random nonce (a forgotten and re-added address gets a new
 * nonce, so old links die), the MAC the first 128 bits of HMAC-SHA-256 with NEWSLETTER_SECRET.
 * Unguessable without the secret; compared in constant time.
 * @see https://www.rfc-editor.org/rfc/rfc2104 (HMAC)
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenPurpose = 'confirm' | 'unsubscribe';
export type TokenClaims = { purpose: TokenPurpose; id: number; nonce: string; expires?: number };

const mac = (secret: string, payload: string) =>
	createHmac('sha256', secret).update(payload).digest().subarray(0, 16).toString('base64url');

/** Signs claims into a URL-safe token. */
export function signToken(secret: string, claims: TokenClaims): string {
	const parts = [claims.purpose === 'confirm' ? 'c' : 'u', claims.id, claims.nonce];
	if (claims.expires !== undefined) parts.push(claims.expires);
	const payload = Buffer.from(parts.join('.')).toString('base64url');
	return `${payload}.${mac(secret, payload)}`;
}

/** The claims of a valid token for `purpose` not expired at `now`, else null. */
export function verifyToken(
	secret: string,
	token: string,
	purpose: TokenPurpose,
	now: Date,
): TokenClaims | null {
	const [payload, given, extra] = token.split('.');
	if (!payload || !given || extra !== undefined) return null;
	const expected = Buffer.from(mac(secret, payload));
	const actual = Buffer.from(given);
	if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
	const [kind, id, nonce, expires] = Buffer.from(payload, 'base64url').toString().split('.');
	if (kind !== (purpose === 'confirm' ? 'c' : 'u') || !nonce || !/^\d+$/.test(id ?? ''))
		return null;
	if (expires !== undefined && Number(expires) * 1000 < now.getTime()) return null;
	return { purpose, id: Number(id), nonce, ...(expires ? { expires: Number(expires) } : {}) };
}
