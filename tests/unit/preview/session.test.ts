import { describe, expect, test } from 'vitest';
import { createSession, isValidSession, SESSION_TTL_MS } from '../../../preview/session.ts';

const KEY = 'a'.repeat(64);
const now = new Date('2026-11-30T08:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('preview sessions', () => {
	test('are valid with the key that signed them until they expire', () => {
		const session = createSession(KEY, now);
		expect(isValidSession(session, KEY, now)).toBe(true);
		expect(isValidSession(session, KEY, later(SESSION_TTL_MS - 1))).toBe(true);
		expect(isValidSession(session, KEY, later(SESSION_TTL_MS))).toBe(false);
	});

	test('are refused with another key, a changed expiry or signature, or in another form', () => {
		const session = createSession(KEY, now);
		const [expires, signature] = session.split('.') as [string, string];
		expect(isValidSession(session, 'b'.repeat(64), now)).toBe(false);
		expect(isValidSession(`${Number(expires) + 1}.${signature}`, KEY, now)).toBe(false);
		expect(isValidSession(`${expires}.${signature.replace(/^./, 'x')}`, KEY, now)).toBe(false);
		for (const value of [undefined, '', 'ja', `${expires}.`, `${expires}.${signature}.x`])
			expect(isValidSession(value, KEY, now)).toBe(false);
	});
});
