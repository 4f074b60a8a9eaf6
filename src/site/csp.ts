/**
 * The Content-Security-Policy, through Astro's own `security.csp` (Astro 7): Astro hashes the
 * scripts and styles it inlines and writes one `<meta http-equiv>` per page. Beyond that we allow
 * nothing from other origins except Sanity's image CDN in IMAGE_CDN builds, inline `style`
 * attributes only for the LQIP placeholders (`style-src-attr`), and no plugins, base or foreign forms
 * (the newsletter sign-up may post to the publish server's origin, NEWSLETTER_PUBLIC_URL).
 * Scripts run only by hash (the copy-link script); /sok/ adds 'self' and 'wasm-unsafe-eval' for
 * Pagefind through `Astro.csp` on that page alone.
 * JSON-LD is a data block, not a script, so it needs no hash (CSP Level 3 §4.2, script-src applies
 * to script elements whose type is a JavaScript MIME type).
 */
import type { AstroUserConfig } from 'astro';
import type { Config } from '../config.ts';
import { imageOrigins } from '../images/responsive.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** The directives every page carries besides script-src/style-src (which Astro writes). */
export function cspDirectives(
	config: Pick<Config, 'imageCdn'> & Partial<Pick<Config, 'newsletterServerUrl'>>,
): NonNullable<CspConfig['directives']> {
	// The newsletter sign-up form posts to the publish server (NEWSLETTER_PUBLIC_URL), which may
	// answer on another origin than the site.
	const formOrigin = config.newsletterServerUrl
		? ` ${new URL(config.newsletterServerUrl).origin}`
		: '';
	return [
		"default-src 'self'",
		`img-src 'self' data:${imageOrigins(config)
			.map((origin) => ` ${origin}`)
			.join('')}`,
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		`form-action 'self'${formOrigin}`,
	];
}

/** Astro's `security.csp` setting for this site. */
export function cspConfig(
	config: Pick<Config, 'imageCdn'> & Partial<Pick<Config, 'newsletterServerUrl'>>,
): CspConfig {
	return {
		directives: cspDirectives(config),
		// Without a resource Astro writes script-src 'self' on every page; 'report-sample' allows
		// nothing, so scripts run only by hash, and /sok/ alone adds 'self' for Pagefind's files.
		scriptDirective: { resources: ["'report-sample'"] },
		styleDirective: {
			resources: [
				{ resource: "'self'", kind: 'element' },
				{ resource: "'unsafe-inline'", kind: 'attribute' },
			],
		},
	};
}
