/**
 * Every page of the live preview: only for a browser with a preview session (opened from the
 * Studio's Presentation tool, which checks its secret first), with fresh drafts content, never
 * cached, and with one Norwegian page when the session is missing or Sanity cannot answer. Only
 * the two session routes are open without a session, by exact path: any other path (an unknown
 * `/api/preview-mode/x`, `/api/preview-mode/enable/../x`) gets the plain notice, rendered without
 * any store, so no draft can leak into a page a stranger asks for. Every answer is `no-store`.
 */
import { defineMiddleware } from 'astro:middleware';
import { t } from '../src/lib/i18n.ts';
import { FatalBuildError } from '../src/report/report.ts';
import { loadPreviewContent, previewConfig } from './content.ts';
import { isValidSession, SESSION_COOKIE } from './session.ts';

/** The session routes: open without a session, exactly these paths (trailing slash allowed). */
const OPEN_PATHS = /^\/api\/preview-mode\/(enable|disable)\/?$/;

/** A short plain page (the preview's own answers: no session, Sanity unreachable). */
const notice = (status: number, text: string) =>
	new Response(
		`<!doctype html><html lang="nb"><title>${t('preview.label')}</title><p>${text}</p>`,
		{
			status,
			headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
		},
	);

export const onRequest = defineMiddleware(async (context, next) => {
	if (OPEN_PATHS.test(context.url.pathname)) {
		const response = await next();
		response.headers.set('cache-control', 'no-store');
		return response;
	}
	try {
		const config = previewConfig();
		const session = context.cookies.get(SESSION_COOKIE)?.value;
		if (!isValidSession(session, config.sessionKey, new Date()))
			return notice(401, t('preview.noSession'));
		// This request's own store: the pages read it from Astro.locals, never from a global.
		const store = loadPreviewContent(config);
		await store;
		context.locals.store = store;
	} catch (error) {
		// A configuration the server cannot use, or an API that does not answer: one line.
		if (!(error instanceof FatalBuildError)) throw error;
		return notice(503, error.message);
	}
	const response = await next();
	// Drafts are for this editor now: never kept by a browser or proxy cache, never indexed.
	response.headers.set('cache-control', 'private, no-store');
	response.headers.set('x-robots-tag', 'noindex');
	return response;
});
