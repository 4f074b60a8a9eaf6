/**
 * The Presentation tool opens the preview here first, with a secret it has just stored in the
 * dataset (@sanity/preview-url-secret). A valid secret starts a preview session (an HttpOnly
 * cookie, SameSite=None and Partitioned so it works inside the Studio's frame) and redirects to
 * the page asked for; anything else gets 401 and no session. Secret checks are rate-limited
 * (rate-limit.ts): beyond the limit the answer is 429 and Sanity is not asked.
 */
import type { APIRoute } from 'astro';
import { validatePreviewUrl } from '@sanity/preview-url-secret';
import { t } from '../../../../src/lib/i18n.ts';
import { previewConfig } from '../../../content.ts';
import { secretChecks } from '../../../rate-limit.ts';
import { createSession, SESSION_COOKIE, SESSION_TTL_MS } from '../../../session.ts';
import { secretClient } from '../../../source.ts';

/** Only a path on this server: never another host (`//host` or a full URL). */
const localPath = (path: string | undefined) =>
	path?.startsWith('/') && !path.startsWith('//') ? path : '/';

export const GET: APIRoute = async ({ request, cookies, redirect }) => {
	const config = previewConfig();
	const waitMs = secretChecks.take(Date.now());
	if (waitMs > 0)
		return new Response(t('preview.tooManyChecks'), {
			status: 429,
			headers: {
				'content-type': 'text/plain; charset=utf-8',
				'cache-control': 'no-store',
				'retry-after': String(Math.ceil(waitMs / 1000)),
			},
		});
	const { isValid, redirectTo } = await validatePreviewUrl(secretClient(config), request.url);
	if (!isValid)
		return new Response(t('preview.badSecret'), {
			status: 401,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
		});
	cookies.set(SESSION_COOKIE, createSession(config.sessionKey, new Date()), {
		path: '/',
		httpOnly: true,
		secure: true,
		sameSite: 'none',
		partitioned: true,
		maxAge: SESSION_TTL_MS / 1000,
	});
	return redirect(localPath(redirectTo), 307);
};
