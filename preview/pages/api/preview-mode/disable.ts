/** Ends the preview session (the Presentation tool's «Avslutt forhåndsvisning»). */
import type { APIRoute } from 'astro';
import { SESSION_COOKIE } from '../../../session.ts';

export const GET: APIRoute = ({ cookies, redirect }) => {
	cookies.delete(SESSION_COOKIE, { path: '/', secure: true, sameSite: 'none', partitioned: true });
	return redirect('/', 307);
};
