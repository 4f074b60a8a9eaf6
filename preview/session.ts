/**
 * The preview session: after the Presentation tool's secret has been checked
 * (pages/api/preview-mode/enable.ts), the browser gets a cookie `<expiry ms>.<HMAC-SHA256>` signed
 * with a key derived from the read token. Without a valid, unexpired one the server shows no
 * drafts. Stateless, so a restart or a second instance keeps sessions.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'ks-forhandsvisning';
/** How long a session lasts: a working day; the Presentation tool opens a new one on each visit. */
export const SESSION_TTL_MS = 12 * 60 * 60_000;

const sign = (expires: number, key: string) =>
	createHmac('sha256', key).update(`forhandsvisning:${expires}`).digest('base64url');

/** A session value valid until `now` + SESSION_TTL_MS. */
export function createSession(key: string, now: Date): string {
	const expires = now.getTime() + SESSION_TTL_MS;
	return `${expires}.${sign(expires, key)}`;
}

/** True when `value` was signed with `key` and has not expired at `now`. */
export function isValidSession(value: string | undefined, key: string, now: Date): boolean {
	const match = /^(\d{1,15})\.([\w-]{43})$/.exec(value ?? '');
	if (!match) return false;
	const expires = Number(match[1]);
	const given = Buffer.from(match[2]!);
	const expected = Buffer.from(sign(expires, key));
	return expires > now.getTime() && timingSafeEqual(given, expected);
}
