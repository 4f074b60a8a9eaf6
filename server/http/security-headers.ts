/**
 * Security headers on every response of the publish server. The HTTP Content-Security-Policy
 * carries only directives without hashes, so it never contradicts the per-page <meta> policy that
 * holds the script and style hashes (DESIGN.md, "CSP"); browsers enforce both, and frame-ancestors
 * only works as a header (CSP Level 3, §6.4.2).
 */
import type { MiddlewareHandler } from 'hono';

export const HEADER_CSP =
	"object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'Content-Security-Policy': HEADER_CSP,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'X-Frame-Options': 'DENY',
};

/** Hono middleware: sets SECURITY_HEADERS on every response, also errors and 404s. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
	await next();
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
};
