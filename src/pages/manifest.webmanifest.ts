/**
 * The web app manifest (W3C Web Application Manifest): the site's names, colours and the icons
 * rendered from the organisation's logo, so "Legg til på Hjem-skjerm" gets a proper icon.
 */
import type { APIRoute } from 'astro';
import { getSettings } from '../content/store.ts';
import { webManifest } from '../site/manifest.ts';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(webManifest(await getSettings()), null, 2), {
		headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
	});
