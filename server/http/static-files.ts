/**
 * Serves the live build like a plain web host: `dist` is resolved to its build folder on every
 * request, so a swap takes effect at once and one response never mixes two builds. Folders serve
 * index.html (a folder URL without its trailing slash is redirected), unknown paths the site's
 * 404.html with status 404, old addresses 301 or 410 (moved.ts), and nothing outside the build
 * folder is ever read. A single `Range` gets 206 with that part (byte-range.ts); every file answer
 * says `Accept-Ranges: bytes`.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context, Handler } from 'hono';
import { parseRange } from './byte-range.ts';
import { fileHeaders, REVALIDATE_ALWAYS } from './file-headers.ts';
import { movedAnswer, removedPage } from './moved.ts';

type Found = { path: string; size: number; mtime: Date };

const inside = (root: string, path: string) => path === root || path.startsWith(root + sep);

async function fileAt(root: string, path: string): Promise<Found | undefined> {
	const real = await realpath(path).catch(() => undefined);
	// A symlink inside the build must not lead outside it either.
	if (!real || !inside(root, real)) return undefined;
	const info = await stat(real).catch(() => undefined);
	return info?.isFile() ? { path: real, size: info.size, mtime: info.mtime } : undefined;
}

function send(c: Context, urlPath: string, file: Found, status: 200 | 404 | 410): Response {
	const etag = `W/"${file.size.toString(16)}-${file.mtime.getTime().toString(16)}"`;
	const headers: Record<string, string> = {
		...fileHeaders(urlPath, file.path),
		ETag: etag,
		'Last-Modified': file.mtime.toUTCString(),
		'Content-Length': String(file.size),
	};
	if (status !== 200) headers['Cache-Control'] = REVALIDATE_ALWAYS;
	else if (c.req.header('if-none-match') === etag) {
		delete headers['Content-Length'];
		return new Response(null, { status: 304, headers });
	}
	headers['Accept-Ranges'] = 'bytes';
	const range =
		status === 200
			? parseRange(
					c.req.header('range'),
					file.size,
					c.req.header('if-range'),
					headers['Last-Modified'],
				)
			: null;
	if (range === 'unsatisfiable') {
		delete headers['Content-Length'];
		headers['Content-Range'] = `bytes */${file.size}`;
		return new Response(null, { status: 416, headers });
	}
	if (range) {
		headers['Content-Range'] = `bytes ${range.start}-${range.end}/${file.size}`;
		headers['Content-Length'] = String(range.end - range.start + 1);
	}
	// HEAD: no stream is opened (Hono answers HEAD with the GET route and drops the body).
	const body =
		c.req.method === 'HEAD'
			? null
			: (Readable.toWeb(
					createReadStream(file.path, range ? { start: range.start, end: range.end } : {}),
				) as ReadableStream<Uint8Array>);
	return new Response(body, { status: range ? 206 : status, headers });
}

/** A Hono GET handler serving the build that `distPath` (a symlink or folder) points at. */
export function staticFiles(distPath: string): Handler {
	return async (c) => {
		const root = await realpath(distPath).catch(() => undefined);
		if (!root)
			return c.text('Nettstedet er ikke bygget ennå.', 503, { 'Cache-Control': REVALIDATE_ALWAYS });
		const url = new URL(c.req.url);
		let urlPath: string;
		try {
			urlPath = decodeURIComponent(url.pathname);
		} catch {
			return c.text('Ugyldig adresse.', 400);
		}
		// Old addresses first: a moved page's redirect page is a file too (server/http/moved.ts).
		const moved = await movedAnswer(root, urlPath);
		if (moved?.status === 301) return c.redirect(`${moved.location}${url.search}`, 301);
		if (moved?.status === 410) {
			const page =
				(await fileAt(root, join(root, moved.page))) ??
				(await fileAt(root, join(root, removedPage())));
			if (page) return send(c, moved.page, page, 410);
		}
		const target = normalize(join(root, urlPath));
		if (!urlPath.includes('\0') && inside(root, target)) {
			const info = await stat(target).catch(() => undefined);
			if (info?.isDirectory() && !urlPath.endsWith('/'))
				// Leading slashes collapsed: `//host` would be an open redirect to another site.
				return c.redirect(`/${url.pathname.replace(/^\/+/, '')}/${url.search}`, 301);
			const file = await fileAt(root, info?.isDirectory() ? join(target, 'index.html') : target);
			if (file) return send(c, urlPath, file, 200);
		}
		const notFound = await fileAt(root, join(root, '404.html'));
		if (notFound) return send(c, '/404.html', notFound, 404);
		return c.text('Fant ikke siden.', 404, { 'Cache-Control': REVALIDATE_ALWAYS });
	};
}
