/**
 * Content type, caching and disposition of a file served from the build. Caching (RFC 9111):
 * content-hashed files under /_astro/ and /bilder/ never change, so they are `immutable` for a
 * year; HTML and feeds change with every build, so `no-cache` makes caches revalidate each time
 * (cheap with the ETag); everything else may be reused for an hour.
 */
import { basename, extname } from 'node:path';
import { contentType } from '../../src/lib/mime.ts';

/** Files whose content changes with every build: revalidate on each use. */
const REVALIDATE = new Set(['.html', '.xml', '.xsl', '.json', '.ics', '.txt', '.webmanifest']);

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE_ALWAYS = 'no-cache';
export const SHORT = 'public, max-age=3600';

/** RFC 6266 / RFC 8187 filename parameter, safe for any file name. */
function dispositionFilename(name: string): string {
	const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
	return `filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Headers for serving `filePath` at `urlPath` (a decoded URL path such as `/nyheter/`). */
export function fileHeaders(urlPath: string, filePath: string): Record<string, string> {
	const ext = extname(filePath).toLowerCase();
	const headers: Record<string, string> = {
		'Content-Type': contentType(ext),
		'Cache-Control':
			urlPath.startsWith('/_astro/') || urlPath.startsWith('/bilder/')
				? IMMUTABLE
				: REVALIDATE.has(ext)
					? REVALIDATE_ALWAYS
					: SHORT,
	};
	if (urlPath.startsWith('/vedlegg/')) {
		// PDFs open in the browser's viewer; other attachments download under their own name.
		const kind = ext === '.pdf' ? 'inline' : 'attachment';
		headers['Content-Disposition'] = `${kind}; ${dispositionFilename(basename(filePath))}`;
	}
	return headers;
}
