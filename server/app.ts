/**
 * The publish server's routes (Hono): the Sanity webhook at /api/rebuild, a status report at
 * /api/status, the newsletter's /abonner and /avmeld, and the live build for everything else
 * (GET/HEAD; other methods 405). Every
 * response carries the security headers.
 */
import { Hono } from 'hono';
import { securityHeaders } from './http/security-headers.ts';
import { staticFiles } from './http/static-files.ts';
import { webhookRoute, type WebhookDeps } from './webhook/route.ts';

export type AppDeps = WebhookDeps & {
	distPath: string;
	/** The newsletter's sign-up, confirm and unsubscribe routes (server/newsletter/routes.ts). */
	newsletter?: Hono;
	/** What /api/status shows: times and results, never secrets. */
	status: () => unknown;
};

/** Builds the Hono app; serve it with @hono/node-server. */
export function createApp(deps: AppDeps): Hono {
	const app = new Hono();
	app.use(securityHeaders);
	app.route('/api/rebuild', webhookRoute(deps));
	app.get('/api/status', (c) => c.json(deps.status(), 200, { 'Cache-Control': 'no-store' }));
	if (deps.newsletter) app.route('/', deps.newsletter);
	app.get('*', staticFiles(deps.distPath));
	app.all('*', (c) => c.text('Metoden er ikke tillatt.', 405, { Allow: 'GET, HEAD' }));
	app.onError((error, c) => {
		deps.log.error(`Uventet feil ved ${c.req.method} ${c.req.path}: ${error.message}`);
		return c.text('Intern feil.', 500);
	});
	return app;
}
