/**
 * The newsletter's routes on the publish server (Hono), mounted before the static site:
 * `POST /abonner` (the sign-up form on /nyhetsbrev/; rate-limited per client and per address;
 * one answer whatever the address's state), `GET|POST /abonner/bekreft/<token>` (double opt-in:
 * GET shows a button, POST confirms) and `GET|POST /avmeld/<token>` (GET shows a button; POST
 * unsubscribes, and answers RFC 8058's one-click `List-Unsubscribe=One-Click` with 200).
 * Without NEWSLETTER_SECRET or SMTP the server refuses sign-up with a page saying so.
 * @see https://www.rfc-editor.org/rfc/rfc8058#section-3.1
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import { t } from '../../src/lib/i18n.ts';
import { addressHash, normaliseAddress } from './address.ts';
import { refreshAudienceCounts } from './audience-status.ts';
import { loadManifest } from './manifest.ts';
import { nl } from './messages.ts';
import { page, type PageOptions } from './pages.ts';
import { rateLimiter } from './rate-limit.ts';
import type { NewsletterContext } from './send-post.ts';
import { confirm, signUp, subscriberOfToken, unsubscribe } from './signup.ts';
import { sendConfirmation } from './confirm-mail.ts';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** The client's IP address (the socket's; behind a proxy, the proxy's), or 'ukjent'. */
function clientAddress(c: Context): string {
	try {
		return getConnInfo(c).remote.address ?? 'ukjent';
	} catch {
		return 'ukjent'; // not served by @hono/node-server (app.request in tests)
	}
}

/** The routes; `ctx` null means the newsletter is not configured (sign-up refused). */
export function newsletterRoutes(ctx: NewsletterContext | null): Hono {
	const app = new Hono();
	const perClient = rateLimiter(10, 10 * 60_000);
	const perAddress = rateLimiter(3, 60 * 60_000);
	const links = async () => {
		const loaded = ctx ? await loadManifest(ctx.config.root) : null;
		const site = ctx?.config.publicUrl && loaded?.ok ? loaded.manifest.siteUrl : '';
		return {
			backUrl: `${site}/nyhetsbrev/`,
			privacyUrl: `${site}/personvern/`,
			siteName: loaded?.ok ? loaded.manifest.senderName : '',
			base: ctx?.config.publicUrl ?? (loaded?.ok ? loaded.manifest.siteUrl : ''),
		};
	};
	const show = async (
		c: Context,
		status: 200 | 400 | 429 | 503,
		opts: Omit<PageOptions, 'backUrl'>,
	) => c.html(page({ ...(await links()), ...opts }), status, NO_STORE);
	const ready = ctx && ctx.config.secret && ctx.config.smtp && ctx.config.from ? ctx : null;

	app.post('/abonner', async (c) => {
		if (!ready)
			return show(c, 503, {
				title: 'newsletter.unavailable.title',
				body: t('newsletter.unavailable.body'),
			});
		const form = await c.req.parseBody({ all: true });
		const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
		const client = clientAddress(c);
		const address = normaliseAddress(field('epost'));
		const key = address.ok ? addressHash(address.address) : '';
		if (!perClient.allow(client, Date.now()) || (key && !perAddress.allow(key, Date.now())))
			return show(c, 429, {
				title: 'newsletter.limited.title',
				body: t('newsletter.limited.body'),
			});
		if (!address.ok)
			return show(c, 400, {
				title: 'newsletter.error.title',
				body: t('newsletter.error.address', { reason: address.reason }),
			});
		if (field('samtykke') !== 'ja')
			return show(c, 400, { title: 'newsletter.error.title', body: t('newsletter.error.consent') });
		const topics = [form.tema ?? []].flat().filter((v): v is string => typeof v === 'string');
		const { base, siteName } = await links();
		const pending = signUp(
			ready,
			{
				email: address.address,
				name: field('navn'),
				municipality: field('kommune'),
				role: field('rolle'),
				topics,
			},
			base,
		);
		if (pending)
			void sendConfirmation(ready, address.address, pending.url, siteName).catch((error: Error) =>
				ready.log(nl.confirmMailFailed(error.message.split('\n')[0]!)),
			);
		return show(c, 200, {
			title: 'newsletter.checkMail.title',
			body: t('newsletter.checkMail.body'),
		});
	});

	const invalid = (c: Context) =>
		show(c, 400, { title: 'newsletter.invalid.title', body: t('newsletter.invalid.body') });
	app.get('/abonner/bekreft/:token', async (c) => {
		if (!ready || !subscriberOfToken(ready, c.req.param('token'), 'confirm')) return invalid(c);
		const { siteName } = await links();
		return show(c, 200, {
			title: 'newsletter.confirm.title',
			body: t('newsletter.confirm.body', { site: siteName }),
			button: { action: c.req.path, label: 'newsletter.confirm.button' },
		});
	});
	app.post('/abonner/bekreft/:token', async (c) => {
		if (!ready || !confirm(ready, c.req.param('token'))) return invalid(c);
		await refreshAudienceCounts(ready);
		return show(c, 200, {
			title: 'newsletter.confirmed.title',
			body: t('newsletter.confirmed.body'),
		});
	});
	app.get('/avmeld/:token', async (c) => {
		if (!ctx?.config.secret || !subscriberOfToken(ctx, c.req.param('token'), 'unsubscribe'))
			return invalid(c);
		const { siteName } = await links();
		return show(c, 200, {
			title: 'newsletter.unsubscribe.title',
			body: t('newsletter.unsubscribe.body', { site: siteName }),
			button: { action: c.req.path, label: 'newsletter.unsubscribe.button' },
		});
	});
	app.post('/avmeld/:token', async (c) => {
		const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
		const oneClick = form['List-Unsubscribe'] === 'One-Click';
		if (!ctx?.config.secret || !unsubscribe(ctx, c.req.param('token')))
			return oneClick ? c.text(t('newsletter.invalid.title'), 400, NO_STORE) : invalid(c);
		await refreshAudienceCounts(ctx);
		if (oneClick) return c.text(t('newsletter.oneClick.done'), 200, NO_STORE);
		return show(c, 200, {
			title: 'newsletter.unsubscribed.title',
			body: t('newsletter.unsubscribed.body'),
		});
	});
	return app;
}
