/**
 * The Content-Security-Policy every page carries in a <meta http-equiv> (a static host may not let
 * us set headers). Scripts are allowed only by hash; styles need 'unsafe-inline' because the LQIP
 * placeholders are style attributes; images may come from the Sanity CDN in IMAGE_CDN mode.
 */
import { createHash } from 'node:crypto';

/** The CSP source expression for an inline script with exactly this text. */
export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Builds the policy; only directives that work in a <meta> element. */
export function buildCsp(opts: {
	scripts: readonly string[];
	imageOrigins: readonly string[];
}): string {
	const scripts = opts.scripts.map(hashSource);
	return [
		"default-src 'self'",
		`script-src ${scripts.length ? scripts.join(' ') : "'none'"}`,
		"style-src 'self' 'unsafe-inline'",
		['img-src', "'self'", 'data:', ...opts.imageOrigins].join(' '),
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}
